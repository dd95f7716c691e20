/**
 * About how many bytes `value` takes as JSON, without building the text:
 * what the call history weighs its entries by. Strings count their UTF-16
 * length, which is exact for ASCII and close enough otherwise.
 */
export function approximateJsonBytes(value: unknown): number {
  let bytes = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    switch (typeof current) {
      case "string":
        bytes += current.length + 2;
        break;
      case "number":
      case "boolean":
        bytes += 8;
        break;
      case "object":
        if (current === null) bytes += 4;
        else if (current instanceof Date) bytes += 26;
        else if (current instanceof Uint8Array) bytes += Math.ceil(current.length / 3) * 4 + 2;
        else if (Array.isArray(current)) {
          bytes += 2 + current.length;
          for (const item of current) pending.push(item);
        } else {
          for (const key in current) {
            bytes += key.length + 4;
            pending.push((current as Record<string, unknown>)[key]);
          }
          bytes += 2;
        }
        break;
      default:
        break;
    }
  }
  return bytes;
}
