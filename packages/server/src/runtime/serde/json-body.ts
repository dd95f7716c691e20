const utf8 = new TextDecoder("utf-8", { fatal: true });
const encoder = new TextEncoder();
/** Node's Buffer encodes short strings from a pooled slab, faster than TextEncoder; other runtimes use TextEncoder. */
const NodeBuffer = (globalThis as { Buffer?: { from(text: string, encoding: "utf8"): Uint8Array } })
  .Buffer;
const encodeUtf8: (text: string) => Uint8Array = NodeBuffer
  ? (text) => NodeBuffer.from(text, "utf8")
  : (text) => encoder.encode(text);

export const EMPTY_BODY = new Uint8Array(0);

/** Why a request body could not be read as a JSON object; the message is sent to the client. */
export class MalformedBodyError extends Error {}

/** Parses a request body that must be a JSON object; an empty body is `{}`. */
export function parseJsonObject(body: Uint8Array): Record<string, unknown> {
  if (body.length === 0) return {};
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new MalformedBodyError("The request body is not valid UTF-8.");
  }
  if (text.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new MalformedBodyError(`The request body is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    const kind =
      parsed === null ? "null" : Array.isArray(parsed) ? "an array" : `a ${typeof parsed}`;
    throw new MalformedBodyError(`The request body must be a JSON object, not ${kind}.`);
  }
  return parsed as Record<string, unknown>;
}

/** Decodes a body that must be UTF-8 text (a string payload). */
export function decodeText(body: Uint8Array): string {
  try {
    return utf8.decode(body);
  } catch {
    throw new MalformedBodyError("The request body is not valid UTF-8.");
  }
}

export function encodeJson(value: unknown): Uint8Array {
  return encodeUtf8(JSON.stringify(value));
}

export function encodeText(text: string): Uint8Array {
  return encodeUtf8(text);
}
