/** Stored ISO 8601 text to the `Date` the generated types carry. */
export function date(iso: string): Date;
export function date(iso: string | undefined): Date | undefined;
export function date(iso: string | undefined): Date | undefined {
  return iso === undefined ? undefined : new Date(iso);
}

/** Copies only the members that are set, so optional members stay absent on the wire. */
export function defined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}
