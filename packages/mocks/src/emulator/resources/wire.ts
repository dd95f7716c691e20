/** Stored ISO 8601 text to the `Date` the generated types carry. */
export function date(iso: string): Date;
export function date(iso: string | undefined): Date | undefined;
export function date(iso: string | undefined): Date | undefined {
  return iso === undefined ? undefined : new Date(iso);
}

/**
 * Copies only the members that are set, so optional members stay absent on
 * the wire. A copy rather than `delete`, which would leave the object in
 * V8's slow dictionary mode for every later read.
 */
export function defined<T extends object>(value: T): T {
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    if (value[key] !== undefined) copy[key] = value[key];
  }
  return copy as T;
}
