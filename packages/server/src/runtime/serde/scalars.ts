/** Conversions between wire forms and JavaScript values for the scalar types. */

import type { TimestampFormat } from "../schema/types.js";
import { isoDateTime } from "./iso-date-time.js";

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const INTEGER_TEXT = /^[+-]?\d+$/;
/** RFC 3339 `date-time` with optional fraction and a `Z` or numeric offset. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function isInteger32(value: number): boolean {
  return Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX;
}

export function isLong(value: number): boolean {
  return Number.isSafeInteger(value);
}

export function integerFromText(text: string): number | undefined {
  return INTEGER_TEXT.test(text) ? Number(text) : undefined;
}

/** Floats on the wire may be the strings `NaN`, `Infinity` and `-Infinity`. */
export function floatFromWire(raw: unknown): number | undefined {
  if (typeof raw === "number") return raw;
  if (raw === "NaN") return NaN;
  if (raw === "Infinity") return Infinity;
  if (raw === "-Infinity") return -Infinity;
  if (typeof raw === "string" && raw.trim() !== "" && !Number.isNaN(Number(raw)))
    return Number(raw);
  return undefined;
}

export function floatToJson(value: number): number | string {
  return Number.isFinite(value) ? value : String(value);
}

export function booleanFromText(text: string): boolean | undefined {
  return text === "true" ? true : text === "false" ? false : undefined;
}

/** Reads a timestamp in `format` from a JSON value or text; undefined when it is not one. */
export function timestampFromWire(raw: unknown, format: TimestampFormat): Date | undefined {
  let date: Date;
  if (format === "epoch-seconds") {
    const seconds = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw) : NaN;
    date = new Date(Math.round(seconds * 1000));
  } else if (typeof raw !== "string") {
    return undefined;
  } else if (format === "date-time") {
    if (!DATE_TIME.test(raw)) return undefined;
    date = new Date(raw);
  } else {
    date = new Date(raw);
  }
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function timestampToWire(value: Date, format: TimestampFormat): string | number {
  switch (format) {
    case "date-time":
      return isoDateTime(value);
    case "epoch-seconds":
      return value.getTime() / 1000;
    case "http-date":
      return value.toUTCString();
  }
}

export function base64Decode(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function base64Encode(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
  return btoa(binary);
}

/** Length in Unicode code points, as Smithy's `length` trait counts characters. */
export function codePointLength(text: string): number {
  let surrogatePairs = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        surrogatePairs++;
        i++;
      }
    }
  }
  return text.length - surrogatePairs;
}
