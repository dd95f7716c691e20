/**
 * The conversion damage of the reference text, undone the way the model's
 * corrections (model/CORRECTIONS.md) undo it, so the docs can be compared
 * with what the reference meant rather than with what the PDF converter printed.
 */

/** The one email pattern of the API; the reference garbles its escaped dot in several ways. */
const EMAIL_PATTERN = ".+@.+\\..+";

/** The calling name pattern as printed; its spaces around `|` stand for the one in its class. */
const CALLING_NAME_PRINTED = "^\\$ | ^[a-zA-Z0-9]{2,15}\\$";
const CALLING_NAME_PATTERN = "^$|^[a-zA-Z0-9 ]{2,15}$";

/**
 * `.*\\$.*` is `.*\S.*`, `\$` is the end anchor `$`, the calling name pattern has a
 * space in its class, and every garbled form of the email pattern is the email pattern.
 */
export function correctedPattern(printed: string): string {
  if (printed.startsWith(".+@.+")) return EMAIL_PATTERN;
  if (printed === CALLING_NAME_PRINTED) return CALLING_NAME_PATTERN;
  return printed.replaceAll("\\\\$", "\\S").replaceAll("\\$", "$");
}

/** URIs whose labels lost their braces: compare paths without braces, case-insensitively. */
export function comparablePath(uri: string): string {
  const path = uri.split("?")[0];
  return path.replace(/[{}+]/g, "").toLowerCase();
}

/** Words of prose only: markdown links, emphasis and punctuation differ between the text and the page. */
export function comparableProse(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
