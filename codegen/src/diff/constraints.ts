import { breaking, feature, type ModelChange } from "./change.ts";
import { formatValue, presenceChange } from "./describe.ts";

/**
 * Constraint traits limit the values a member accepts. Narrowing them rejects
 * input that used to be valid (breaking); widening them only accepts more
 * (feature).
 */

interface Bounds {
  min: number;
  max: number;
}

function readBounds(trait: unknown): Bounds {
  const { min, max } = (trait ?? {}) as { min?: number | string; max?: number | string };
  return {
    min: min === undefined ? -Infinity : Number(min),
    max: max === undefined ? Infinity : Number(max),
  };
}

function formatBounds(trait: unknown): string {
  const { min, max } = (trait ?? {}) as { min?: unknown; max?: unknown };
  if (min === undefined && max === undefined) return "unbounded";
  return `${min ?? ""}..${max ?? ""}`;
}

/** `smithy.api#length` and `smithy.api#range`: compares the accepted interval. */
export function boundsDiffer(name: "length" | "range") {
  return (subject: string, before: unknown, after: unknown): ModelChange[] => {
    const was = readBounds(before);
    const now = readBounds(after);
    const description = `${name} ${formatBounds(before)} became ${formatBounds(after)}`;
    if (now.min > was.min || now.max < was.max) {
      return [breaking(`${name}-tightened`, subject, `${description} (tightened)`)];
    }
    if (now.min < was.min || now.max > was.max) {
      return [feature(`${name}-loosened`, subject, `${description} (loosened)`)];
    }
    return [];
  };
}

/** `smithy.api#pattern`: any new or different pattern may reject values the old one accepted. */
export function patternDiffer(subject: string, before: unknown, after: unknown): ModelChange[] {
  const change = presenceChange(before, after);
  if (change === "removed") {
    return [feature("pattern-removed", subject, `pattern ${formatValue(before)} removed`)];
  }
  return [
    breaking(
      `pattern-${change}`,
      subject,
      change === "added"
        ? `pattern ${formatValue(after)} added`
        : `pattern changed from ${formatValue(before)} to ${formatValue(after)}`,
    ),
  ];
}

/** `smithy.api#uniqueItems`: requiring unique items rejects lists that used to be valid. */
export function uniqueItemsDiffer(subject: string, before: unknown, after: unknown): ModelChange[] {
  return after === undefined
    ? [feature("unique-items-removed", subject, "uniqueItems constraint removed")]
    : before === undefined
      ? [breaking("unique-items-added", subject, "uniqueItems constraint added")]
      : [];
}

/** The Smithy 1 `smithy.api#enum` trait on a string shape: a list of allowed values. */
export function enumTraitDiffer(subject: string, before: unknown, after: unknown): ModelChange[] {
  if (after === undefined) return [feature("enum-removed", subject, "enum constraint removed")];
  if (before === undefined) return [breaking("enum-added", subject, "enum constraint added")];
  const was = enumTraitValues(before);
  const now = enumTraitValues(after);
  return [
    ...[...was]
      .filter((value) => !now.has(value))
      .map((value) => breaking("enum-value-removed", subject, `enum value "${value}" removed`)),
    ...[...now]
      .filter((value) => !was.has(value))
      .map((value) => feature("enum-value-added", subject, `enum value "${value}" added`)),
  ];
}

function enumTraitValues(trait: unknown): Set<string> {
  const definitions = (trait ?? []) as Array<{ value: string }>;
  return new Set(definitions.map((definition) => definition.value).sort());
}
