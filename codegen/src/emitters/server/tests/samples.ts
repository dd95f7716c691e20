import type { Constraints, ModelIr, StructureIr, ValueIr } from "../../../ir/types.ts";
import { kebabName } from "../../../naming.ts";
import { findStructure } from "../../shared/ir-lookup.ts";

/**
 * Strings tried, in order, for a value that must satisfy a pattern: one for
 * each kind of identifier the model constrains (names, e-mail addresses,
 * E.164 numbers, UUIDs, country codes, toll-free prefixes).
 */
const STRING_CANDIDATES = [
  "sample",
  "user@example.com",
  "+12065550100",
  "12345678-90ab-cdef-1234-567890abcdef",
  "US",
  "800",
  "a1",
  "a",
  "1",
  "A",
];

/** Strings tried for a value that must fail a pattern. */
const PATTERN_VIOLATIONS = [" ", "   ", "!", "a b", "us", "\t", "@", "-", "0", "+0", "é", "aaaa"];

/** The sample timestamp: whole seconds, so every wire format keeps it exactly. */
export const SAMPLE_DATE = new Date("2020-01-02T03:04:05.000Z");

/** How deep samples follow optional members into nested structures. */
const MAX_DEPTH = 4;

export class SampleError extends Error {}

/**
 * Makes deterministic valid values for the model's shapes, satisfying every
 * constraint: the inputs and outputs of the generated server tests.
 */
export class SampleMaker {
  constructor(private readonly ir: ModelIr) {}

  structureIr(name: string): StructureIr {
    const structure = findStructure(this.ir, name);
    if (!structure) throw new SampleError(`No structure named ${name} in the IR`);
    return structure;
  }

  structure(name: string, depth = 0, where = name): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (const member of this.structureIr(name).members) {
      if (!member.required && depth >= MAX_DEPTH) continue;
      const value = this.value(member, depth + 1, `${where}.${member.name}`);
      if (value !== undefined) result[member.name] = value;
      else if (member.required)
        throw new SampleError(`Cannot make a value for required member ${where}.${member.name}`);
    }
    return result;
  }

  /** The wire values of an enum, in the IR's order. */
  enumValues(name: string): string[] {
    const shape = this.ir.shapes.get(name);
    if (shape?.kind !== "enum") throw new SampleError(`No enum named ${name} in the IR`);
    return shape.values.map((v) => v.value);
  }

  /** A valid value, or undefined when the constraints admit none this maker can find. */
  value(value: ValueIr, depth = 0, where = "value"): unknown {
    const { type, constraints } = value;
    switch (type.kind) {
      case "string":
        return fitString(constraints, undefined, hintFor(where));
      case "enum":
        return this.enumValues(type.shape)[0];
      case "boolean":
        return true;
      case "integer":
      case "long":
      case "float":
      case "double":
        return sampleNumber(constraints);
      case "timestamp":
        return SAMPLE_DATE;
      case "blob":
        return sampleBytes(constraints.length?.min ?? 3, constraints);
      case "document":
        return { sample: true };
      case "structure":
        return this.structure(type.shape, depth, where);
      case "list": {
        const count = Math.max(
          constraints.length?.min ?? 1,
          Math.min(1, constraints.length?.max ?? 1),
        );
        return this.items(value, count, depth, where);
      }
      case "map": {
        const key = fitString(type.key.constraints) ?? "key";
        const item = this.value(type.value, depth + 1, `${where}.${key}`);
        return item === undefined ? undefined : { [key]: item };
      }
    }
  }

  /** `count` valid entries for a list value. */
  items(list: ValueIr, count: number, depth: number, where: string): unknown[] | undefined {
    if (list.type.kind !== "list") return undefined;
    const items: unknown[] = [];
    for (let i = 0; i < count; i++) {
      const item = this.value(list.type.member, depth + 1, `${where}.${i + 1}`);
      if (item === undefined) return undefined;
      items.push(item);
    }
    return items;
  }
}

/**
 * A sample string that names its member (`AccountId` -> `account-id 1`), so
 * that tests tell members apart; the space makes labels and query values
 * exercise percent-encoding.
 */
function hintFor(where: string): string {
  const name =
    where
      .split(".")
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? "value";
  return `${kebabName(name)} 1`;
}

function patternOf(constraints: Constraints): RegExp | undefined {
  if (constraints.pattern === undefined) return undefined;
  try {
    return new RegExp(constraints.pattern, "u");
  } catch {
    return new RegExp(constraints.pattern);
  }
}

export function codePoints(text: string): number {
  return [...text].length;
}

/** `text` repeated or cut to exactly `length` code points. */
function resize(text: string, length: number): string {
  if (length === 0) return "";
  const chars = [...text];
  const out: string[] = [];
  while (out.length < length) out.push(...chars);
  return out.slice(0, length).join("");
}

/**
 * A string satisfying the length and pattern constraints; with `length`, one
 * of exactly that many code points (the pattern still holding).
 */
export function fitString(
  constraints: Constraints,
  length?: number,
  hint?: string,
): string | undefined {
  const pattern = patternOf(constraints);
  const min = constraints.length?.min ?? 0;
  const max = constraints.length?.max ?? Number.POSITIVE_INFINITY;
  const fits = (s: string) =>
    (length === undefined
      ? codePoints(s) >= min && codePoints(s) <= max
      : codePoints(s) === length) &&
    (!pattern || pattern.test(s));
  for (const candidate of hint === undefined ? STRING_CANDIDATES : [hint, ...STRING_CANDIDATES]) {
    if (length === undefined && fits(candidate)) return candidate;
    const sized = resize(candidate, length ?? Math.max(min, 1));
    if (fits(sized)) return sized;
  }
  return undefined;
}

/** A string of a valid length that does not match the pattern, when one exists. */
export function patternViolation(constraints: Constraints): string | undefined {
  const pattern = patternOf(constraints);
  if (!pattern) return undefined;
  const min = constraints.length?.min ?? 0;
  const max = constraints.length?.max ?? Number.POSITIVE_INFINITY;
  return PATTERN_VIOLATIONS.map((s) => (codePoints(s) < min ? resize(s, min) : s)).find(
    (s) => codePoints(s) >= min && codePoints(s) <= max && !pattern.test(s),
  );
}

function sampleNumber(constraints: Constraints): number {
  const { min, max } = constraints.range ?? {};
  if (min !== undefined) return min;
  if (max !== undefined) return Math.min(1, max);
  return 1;
}

export function sampleBytes(length: number, constraints: Constraints): Uint8Array | undefined {
  const max = constraints.length?.max ?? Number.POSITIVE_INFINITY;
  if (length > max) return undefined;
  return Uint8Array.from({ length }, (_, i) => (i * 37 + 1) % 256);
}
