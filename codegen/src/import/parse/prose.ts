import type { SourceLine } from "../reference/source.ts";

/**
 * Turns description lines into CommonMark: one paragraph per line, links to the PDF's internal
 * anchors (`[Text](#)`) reduced to their text because they point nowhere outside the PDF.
 */
export function toMarkdown(lines: readonly SourceLine[]): string {
  return lines
    .map((line) => line.text.trim())
    .filter((text) => text !== "")
    .map((text) =>
      text
        .replace(/\[((?:[^\]\\]|\\.)*)\]\(#\)/g, (_, label: string) =>
          label.replace(/\\([()[\]])/g, "$1"),
        )
        .replace(/\s+/g, " "),
    )
    .join("\n\n");
}
