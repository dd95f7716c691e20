import type { Section } from "./sections.ts";
import { ReferenceParseError, type SourceLine } from "./source.ts";

/** The subsections of one operation's page, in the order the reference prints them. */
export interface OperationParts {
  description: SourceLine[];
  requestSyntax: SourceLine[];
  uriParameters: SourceLine[];
  requestBody: SourceLine[];
  responseSyntax: SourceLine[];
  responseElements: SourceLine[];
  errors: SourceLine[];
  /** Empty when the page has no Examples heading. */
  examples: SourceLine[];
}

const ERRORS_INTRO = "For information about the errors that are common to all actions";

type Heading = { key: keyof OperationParts; text: string; optional?: boolean };

const HEADINGS: Heading[] = [
  { key: "requestSyntax", text: "Request Syntax" },
  { key: "uriParameters", text: "URI Request Parameters" },
  { key: "requestBody", text: "Request Body" },
  { key: "responseSyntax", text: "Response Syntax" },
  { key: "responseElements", text: "Response Elements" },
  { key: "errors", text: "Errors" },
  { key: "examples", text: "Examples", optional: true },
];

/**
 * A response element may itself be called `Errors` (BatchCreateRoomMembership), so the Errors heading is
 * recognised by the sentence that always follows it.
 */
function isHeadingAt(lines: readonly SourceLine[], index: number, heading: Heading): boolean {
  if (lines[index].text.trim() !== heading.text) return false;
  if (heading.key !== "errors") return true;
  const next = lines.slice(index + 1).find((line) => line.text.trim() !== "");
  return next?.text.trim().startsWith(ERRORS_INTRO) ?? false;
}

/** Cuts an operation section at its subsection headings; the page ends at "See Also". */
export function splitOperation(section: Section): OperationParts {
  const lines = section.body;
  const seeAlso = lines.findIndex((line) => line.text.trim() === "See Also");
  const end = seeAlso === -1 ? lines.length : seeAlso;
  const found: Array<{ key: keyof OperationParts; index: number }> = [];
  let cursor = 0;
  for (const heading of HEADINGS) {
    let index = -1;
    for (let i = cursor; i < end; i++) {
      if (isHeadingAt(lines, i, heading)) {
        index = i;
        break;
      }
    }
    if (index === -1) {
      if (heading.optional) continue;
      throw new ReferenceParseError(
        `operation ${section.name} has no "${heading.text}" heading`,
        section.line,
      );
    }
    found.push({ key: heading.key, index });
    cursor = index + 1;
  }
  const parts: OperationParts = {
    description: lines.slice(0, found[0].index),
    requestSyntax: [],
    uriParameters: [],
    requestBody: [],
    responseSyntax: [],
    responseElements: [],
    errors: [],
    examples: [],
  };
  found.forEach((entry, i) => {
    parts[entry.key] = lines.slice(
      entry.index + 1,
      i + 1 < found.length ? found[i + 1].index : end,
    );
  });
  return parts;
}
