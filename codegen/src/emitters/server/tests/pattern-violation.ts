import type { Constraints } from "../../../ir/types.ts";
import { codePoints, patternRegExp, resize } from "../../shared/sample-strings.ts";

/** Strings tried for a value that must fail a pattern: blanks, punctuation, case and non-ASCII. */
const PATTERN_VIOLATIONS = [" ", "   ", "!", "a b", "us", "\t", "@", "-", "0", "+0", "é", "aaaa"];

/**
 * A string of a valid length that does not match the pattern, when one exists: what the
 * conformance cases send to see a pattern refused.
 */
export function patternViolation(constraints: Constraints): string | undefined {
  const pattern = patternRegExp(constraints);
  if (!pattern) return undefined;
  const min = constraints.length?.min ?? 0;
  const max = constraints.length?.max ?? Number.POSITIVE_INFINITY;
  return PATTERN_VIOLATIONS.map((s) => (codePoints(s) < min ? resize(s, min) : s)).find(
    (s) => codePoints(s) >= min && codePoints(s) <= max && !pattern.test(s),
  );
}
