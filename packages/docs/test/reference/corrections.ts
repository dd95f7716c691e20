/**
 * The conversion damage of the reference text, undone the way the model's
 * corrections (model/CORRECTIONS.md) undo it, so the docs can be compared
 * with what the reference meant rather than with what the PDF converter printed.
 */

/** The one email pattern of the API; the reference garbles its escaped dot in several ways. */
const EMAIL_PATTERN = ".+@.+\\..+";

/**
 * `.*\\$.*` is `.*\S.*`, `\$` is the end anchor `$`, spaces around `|` are
 * table layout, and every garbled form of the email pattern is the email pattern.
 */
export function correctedPattern(printed: string): string {
  if (printed.startsWith(".+@.+")) return EMAIL_PATTERN;
  return printed
    .replaceAll("\\\\$", "\\S")
    .replaceAll("\\$", "$")
    .replace(/\s*\|\s*/g, "|");
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
