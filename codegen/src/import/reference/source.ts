/** One line of the reference text with its 1-based line number, so every finding can name where it came from. */
export interface SourceLine {
  text: string;
  line: number;
}

/** Splits the reference text into numbered lines (trailing whitespace kept: wrapped samples end in two spaces). */
export function toSourceLines(text: string): SourceLine[] {
  return text.split(/\r?\n/).map((value, index) => ({ text: value, line: index + 1 }));
}

export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === "";
}

export function nonBlank(lines: readonly SourceLine[]): SourceLine[] {
  return lines.filter((line) => !isBlank(line));
}

/** A parse failure that names the reference line, so a damaged reference is reported where it is damaged. */
export class ReferenceParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`reference line ${line}: ${message}`);
    this.name = "ReferenceParseError";
  }
}

/** `[**Name**](#)` -> `Name`: the conversion keeps link and bold markup around names. */
export function stripNameMarkup(text: string): string {
  return text
    .trim()
    .replace(/^\[(.*)\]\(#\)$/, "$1")
    .replace(/^\*\*(.*)\*\*$/, "$1")
    .trim();
}
