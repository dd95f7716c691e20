import type { CorrectionLog } from "../corrections/log.ts";
import { splitCodeBlocks, type CodeBlock } from "../reference/code-blocks.ts";
import type { SourceLine } from "../reference/source.ts";
import { toMarkdown } from "./prose.ts";
import { joinSample, parseSampleRequest, parseSampleResponse } from "./samples.ts";
import type { ParsedExample } from "./types.ts";

const EXAMPLE_HEADING = /^Example(?::\s*(.+))?$/;

interface Draft {
  heading: SourceLine;
  title?: string;
  description: SourceLine[];
  expecting?: "request" | "response";
  request?: CodeBlock;
  response?: CodeBlock;
}

/**
 * Parses the Examples part of an operation page: each `Example` (or `Example: Title`) heading, its
 * description, and the code blocks after `Sample Request` and `Sample Response`. The boilerplate
 * about signing requests precedes the first heading and is skipped.
 */
export function parseExamples(
  lines: readonly SourceLine[],
  operation: string,
  log: CorrectionLog,
): ParsedExample[] {
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  for (const item of splitCodeBlocks(lines, operation, log).items) {
    if (item.kind === "block") {
      if (!current?.expecting) continue;
      current[current.expecting] = item.block;
      current.expecting = undefined;
      continue;
    }
    const text = item.line.text.trim();
    const heading = EXAMPLE_HEADING.exec(text);
    if (heading) {
      current = { heading: item.line, title: heading[1], description: [] };
      drafts.push(current);
    } else if (current && text === "Sample Request") {
      current.expecting = "request";
    } else if (current && text === "Sample Response") {
      current.expecting = "response";
    } else if (current && !current.request && !current.response && !current.expecting) {
      current.description.push(item.line);
    }
  }
  return drafts.map((draft, index) => {
    const subject =
      drafts.length > 1 ? `${operation} example ${index + 1}` : `${operation} example`;
    const documentation = toMarkdown(draft.description);
    const example: ParsedExample = {
      title: draft.title ?? titleFrom(documentation),
      documentation,
      line: draft.heading.line,
    };
    if (draft.request)
      example.request = parseSampleRequest(
        joinSample(draft.request, `${subject} request`, log),
        `${subject} request`,
        log,
      );
    if (draft.response)
      example.response = parseSampleResponse(
        joinSample(draft.response, `${subject} response`, log),
        `${subject} response`,
        log,
      );
    return example;
  });
}

/** "This example deletes the specified account." -> "Deletes the specified account". */
function titleFrom(documentation: string): string {
  const sentence = documentation
    .split(/(?<=\.)\s/)[0]
    .replace(/\.$/, "")
    .replace(/^This example\s+/, "");
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
