import type { CorrectionLog } from "./log.ts";

/** The email pattern as the reference prints it intact (User.PrimaryEmail). */
export const EMAIL_PATTERN = ".+@.+\\..+";

/** The calling name pattern as the reference prints it once its dollars are repaired. */
const CALLING_NAME_PRINTED = "^$ | ^[a-zA-Z0-9]{2,15}$";

/** The calling name pattern as the model holds it (see the `pattern-calling-name-space` rule). */
export const CALLING_NAME_PATTERN = "^$|^[a-zA-Z0-9 ]{2,15}$";

/**
 * Repairs a `Pattern:` value. Each repair is a named rule, logged against `subject` and `line`:
 * `\\$` is the class `\S`, `\$` is the anchor `$`, the calling name pattern's space belongs in its
 * class, and the email pattern appears in several garbled forms.
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
  if (pattern === CALLING_NAME_PRINTED) {
    log.record("patternCallingNameSpace", {
      subject,
      line,
      said: pattern,
      holds: CALLING_NAME_PATTERN,
    });
    pattern = CALLING_NAME_PATTERN;
  }
  return pattern;
}
