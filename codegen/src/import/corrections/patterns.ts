import type { CorrectionLog } from "./log.ts";

/** The email pattern as the reference prints it intact (User.PrimaryEmail). */
export const EMAIL_PATTERN = ".+@.+\\..+";

/**
 * Repairs a `Pattern:` value. Each repair is a named rule, logged against `subject` and `line`:
 * `\\$` is the class `\S`, `\$` is the anchor `$`, spaces around `|` are layout, and the email
 * pattern appears in several garbled forms.
 */
export function repairPattern(
  raw: string,
  subject: string,
  line: number,
  log: CorrectionLog,
): string {
  let pattern = raw.trim();
  if (pattern.includes("@")) {
    if (pattern !== EMAIL_PATTERN) {
      log.record("patternEmail", { subject, line, said: pattern, holds: EMAIL_PATTERN });
    }
    return EMAIL_PATTERN;
  }
  if (pattern.includes("\\\\$")) {
    const repaired = pattern.replaceAll("\\\\$", "\\S");
    log.record("patternNonSpaceClass", { subject, line, said: pattern, holds: repaired });
    pattern = repaired;
  }
  if (pattern.includes("\\$")) {
    const repaired = pattern.replaceAll("\\$", "$");
    log.record("patternEscapedDollar", { subject, line, said: pattern, holds: repaired });
    pattern = repaired;
  }
  if (/\s\|\s/.test(pattern)) {
    const repaired = pattern.replace(/\s*\|\s*/g, "|");
    log.record("patternAlternationSpaces", { subject, line, said: pattern, holds: repaired });
    pattern = repaired;
  }
  return pattern;
}
