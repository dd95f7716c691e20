import type {
  MapSchema,
  MemberSchema,
  StructureSchema,
  TimestampFormat,
  ValueSchema,
} from "./schema.js";

/**
 * Conversions between JavaScript values and their JSON form, driven by a
 * `ValueSchema`. Structures keep only their modeled members, in both
 * directions, so unknown keys neither leak into requests nor into outputs.
 */

/** A JavaScript value (input side) to the value JSON.stringify should see. */
export function toJsonValue(schema: ValueSchema, value: unknown): unknown {
  if (typeof schema === "string") {
    return isTimestamp(schema) ? formatTimestamp(schema, value) : value;
  }
  switch (schema.kind) {
    case "structure":
      return toJsonStructure(schema.members, value as Record<string, unknown>);
    case "list":
      return (value as unknown[]).map((item) =>
        item === undefined || item === null ? item : toJsonValue(schema.member, item),
      );
    case "map":
      return mapValues(schema, value as Record<string, unknown>, toJsonValue);
  }
}

/** The JSON object of a structure's members, under their JSON names. */
export function toJsonStructure(
  members: readonly MemberSchema[],
  value: Record<string, unknown>,
): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const member of members) {
    const memberValue = value[member.name];
    if (memberValue !== undefined && memberValue !== null) {
      json[member.jsonName ?? member.name] = toJsonValue(member.schema, memberValue);
    }
  }
  return json;
}

/** A parsed JSON value (output side) to its JavaScript form. */
export function fromJsonValue(schema: ValueSchema, value: unknown): unknown {
  if (typeof schema === "string") {
    return isTimestamp(schema) ? parseTimestamp(schema, value) : value;
  }
  switch (schema.kind) {
    case "structure":
      return fromJsonStructure(schema, value);
    case "list":
      if (!Array.isArray(value)) {
        throw new TypeError(`Expected a JSON array, got ${describe(value)}`);
      }
      return value.map((item) =>
        item === undefined || item === null ? item : fromJsonValue(schema.member, item),
      );
    case "map":
      return mapValues(schema, expectObject(value), fromJsonValue);
  }
}

function fromJsonStructure(schema: StructureSchema, value: unknown): Record<string, unknown> {
  const json = expectObject(value);
  const result: Record<string, unknown> = {};
  for (const member of schema.members) {
    const memberValue = json[member.jsonName ?? member.name];
    if (memberValue !== undefined && memberValue !== null) {
      result[member.name] = fromJsonValue(member.schema, memberValue);
    }
  }
  return result;
}

function mapValues(
  schema: MapSchema,
  value: Record<string, unknown>,
  convert: (schema: ValueSchema, value: unknown) => unknown,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = value[key];
    result[key] = item === undefined || item === null ? item : convert(schema.value, item);
  }
  return result;
}

function expectObject(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new TypeError(`Expected a JSON object, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

function describe(value: unknown): string {
  return Array.isArray(value) ? "an array" : value === null ? "null" : typeof value;
}

export function isTimestamp(schema: ValueSchema): schema is TimestampFormat {
  return schema === "date-time" || schema === "epoch-seconds" || schema === "http-date";
}

/** A `Date` (or epoch seconds, or a date string) in the given wire format. */
export function formatTimestamp(format: TimestampFormat, value: unknown): string | number {
  const date = toDate(value);
  switch (format) {
    case "date-time":
      // Whole seconds are written without a fraction, as the AWS SDKs do.
      return date.toISOString().replace(".000Z", "Z");
    case "epoch-seconds":
      return date.getTime() / 1000;
    case "http-date":
      return date.toUTCString();
  }
}

function toDate(value: unknown): Date {
  const date =
    value instanceof Date
      ? value
      : typeof value === "number"
        ? new Date(value * 1000)
        : new Date(String(value));
  if (Number.isNaN(date.getTime())) {
    throw new TypeError(`Expected a Date, got ${JSON.stringify(value)}`);
  }
  return date;
}

/**
 * A wire timestamp to a `Date`. Numbers are epoch seconds and strings are
 * parsed as dates whatever the declared format, so a server that picks the
 * other common encoding is still understood.
 */
export function parseTimestamp(format: TimestampFormat, value: unknown): Date {
  let date: Date;
  if (typeof value === "number") {
    date = new Date(value * 1000);
  } else if (
    typeof value === "string" &&
    format === "epoch-seconds" &&
    /^-?\d+(\.\d+)?$/.test(value)
  ) {
    date = new Date(Number(value) * 1000);
  } else if (typeof value === "string") {
    date = new Date(value);
  } else {
    throw new TypeError(`Expected a ${format} timestamp, got ${describe(value)}`);
  }
  if (Number.isNaN(date.getTime())) {
    throw new TypeError(`Expected a ${format} timestamp, got ${JSON.stringify(value)}`);
  }
  return date;
}
