import type { Bounds } from "../schema/types.js";
import { codePointLength } from "../serde/scalars.js";
import { constraint, type Violations } from "./violations.js";

/** One constraint check on a value that already has the right type. */
export type Check = (value: unknown, path: string, violations: Violations) => void;

export function runChecks(
  checks: readonly Check[],
  value: unknown,
  path: string,
  violations: Violations,
) {
  for (const check of checks) check(value, path, violations);
}

export function lengthChecks<T>(
  bounds: Bounds | undefined,
  measure: (value: T) => number,
  sensitive: boolean,
): Check[] {
  if (!bounds) return [];
  const { min, max } = bounds;
  return [
    (value, path, violations) => {
      const length = measure(value as T);
      if (min !== undefined && length < min)
        violations.add(value, path, constraint.minLength(min), sensitive);
      if (max !== undefined && length > max)
        violations.add(value, path, constraint.maxLength(max), sensitive);
    },
  ];
}

export function rangeChecks(bounds: Bounds | undefined, sensitive: boolean): Check[] {
  if (!bounds) return [];
  const { min, max } = bounds;
  return [
    (value, path, violations) => {
      const n = value as number;
      if (min !== undefined && !(n >= min))
        violations.add(n, path, constraint.minValue(min), sensitive);
      if (max !== undefined && !(n <= max))
        violations.add(n, path, constraint.maxValue(max), sensitive);
    },
  ];
}

/**
 * Longest string tested against a pattern. Unanchored model patterns such as
 * `.+@.+\..+` backtrack quadratically on a long string that does not match
 * (300,000 characters took minutes), so longer strings are refused unmatched.
 * The longest pattern-constrained member of the API (a join token) allows 2048.
 */
export const MAX_PATTERN_INPUT_LENGTH = 2048;

export function stringChecks(
  length: Bounds | undefined,
  pattern: string | undefined,
  enumValues: ReadonlySet<string> | undefined,
  sensitive: boolean,
): Check[] {
  const checks = lengthChecks(length, stringLength, sensitive);
  if (pattern !== undefined) {
    const regex = compilePattern(pattern);
    checks.push((value, path, violations) => {
      const text = value as string;
      if (text.length > MAX_PATTERN_INPUT_LENGTH) {
        violations.add(
          text,
          path,
          constraint.patternInputLength(MAX_PATTERN_INPUT_LENGTH),
          sensitive,
        );
      } else if (!regex.test(text)) {
        violations.add(text, path, constraint.pattern(pattern), sensitive);
      }
    });
  }
  if (enumValues) {
    const message = constraint.enum([...enumValues]);
    checks.push((value, path, violations) => {
      if (!enumValues.has(value as string)) violations.add(value, path, message, sensitive);
    });
  }
  return checks;
}

/** UTF-16 length is the code point count unless the text has surrogate pairs; count those only when they matter. */
function stringLength(text: string): number {
  return /[\ud800-\udbff]/.test(text) ? codePointLength(text) : text.length;
}

/** Compiles a model pattern once; Unicode mode when the source allows it, so `.` spans astral characters. */
export function compilePattern(pattern: string): RegExp {
  try {
    return new RegExp(pattern, "u");
  } catch {
    return new RegExp(pattern);
  }
}
