import { ReferenceParseError, stripNameMarkup } from "../reference/source.ts";
import type { Bounds, ParsedType } from "./types.ts";

export const ATTRIBUTE =
  /^(Type|Length Constraints|Valid Range|Array Members|Pattern|Valid Values|Required):\s*(.*)$/;

const SCALARS: Record<string, ParsedType> = {
  String: { kind: "string" },
  Boolean: { kind: "boolean" },
  Integer: { kind: "integer" },
  Timestamp: { kind: "timestamp" },
};

/** `Type:` values: `String`, `[Timestamp](#)`, `Array of strings`, `Array of [X](#) objects`, `[X](#) object`, `X object`, `[X object](#)`. */
export function parseType(value: string, line: number): ParsedType {
  const text = stripNameMarkup(value.trim());
  const scalar = SCALARS[text];
  if (scalar) return scalar;
  const arrayOfStrings = /^Array of strings$/.exec(text);
  if (arrayOfStrings) return { kind: "list", member: { kind: "string" } };
  const arrayOfObjects = /^Array of (.+) objects$/.exec(text);
  if (arrayOfObjects)
    return {
      kind: "list",
      member: { kind: "structure", name: stripNameMarkup(arrayOfObjects[1]) },
    };
  const object = /^(.+?) object$/.exec(text);
  if (object) return { kind: "structure", name: stripNameMarkup(object[1]) };
  throw new ReferenceParseError(`unknown Type "${value}"`, line);
}

function numberAfter(text: string, phrase: RegExp): number | undefined {
  const match = phrase.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** `Minimum length of 1. Maximum length of 100.` / `Fixed length of 3.` */
export function parseLength(value: string, line: number): Bounds {
  const fixed = numberAfter(value, /Fixed length of (\d+)/);
  if (fixed !== undefined) return { min: fixed, max: fixed };
  const bounds = {
    min: numberAfter(value, /Minimum length of (\d+)/),
    max: numberAfter(value, /Maximum length of (\d+)/),
  };
  if (bounds.min === undefined && bounds.max === undefined)
    throw new ReferenceParseError(`unreadable Length Constraints "${value}"`, line);
  return bounds;
}

/** `Minimum value of 1. Maximum value of 99.` */
export function parseRange(value: string, line: number): Bounds {
  const bounds = {
    min: numberAfter(value, /Minimum value of (-?\d+)/),
    max: numberAfter(value, /Maximum value of (-?\d+)/),
  };
  if (bounds.min === undefined && bounds.max === undefined)
    throw new ReferenceParseError(`unreadable Valid Range "${value}"`, line);
  return bounds;
}

/** `Maximum number of 50 items.` / `Minimum number of 1 item.` */
export function parseArrayMembers(value: string, line: number): Bounds {
  const bounds = {
    min: numberAfter(value, /Minimum number of (\d+) items?/),
    max: numberAfter(value, /Maximum number of (\d+) items?/),
  };
  if (bounds.min === undefined && bounds.max === undefined)
    throw new ReferenceParseError(`unreadable Array Members "${value}"`, line);
  return bounds;
}

/** `A | B | C` */
export function parseValidValues(value: string): string[] {
  return value
    .split("|")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

export function parseRequired(value: string, line: number): boolean {
  if (value.trim() === "Yes") return true;
  if (value.trim() === "No") return false;
  throw new ReferenceParseError(`Required is "${value}", expected Yes or No`, line);
}

/** Drops the bounds the text does not state, so `{ max: 50 }` does not carry `min: undefined`. */
export function compactBounds(bounds: Bounds): Bounds {
  const result: Bounds = {};
  if (bounds.min !== undefined) result.min = bounds.min;
  if (bounds.max !== undefined) result.max = bounds.max;
  return result;
}
