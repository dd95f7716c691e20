import type { Section } from "../reference/sections.ts";
import { nonBlank, ReferenceParseError, type SourceLine } from "../reference/source.ts";
import { toMarkdown } from "./prose.ts";
import type { ParsedCommonError } from "./types.ts";

const ERROR_NAME = /^[A-Z][A-Za-z0-9]+$/;
const STATUS_LINE = /^HTTP Status Code: (\d{3})$/;

/**
 * Parses the "Common Errors" section: an introduction, then for each error its
 * name, its description and `HTTP Status Code: NNN`.
 */
export function parseCommonErrors(section: Section): ParsedCommonError[] {
  const lines = nonBlank(section.body);
  const starts = lines.flatMap((line, i) => (ERROR_NAME.test(line.text.trim()) ? [i] : []));
  if (starts.length === 0)
    throw new ReferenceParseError("the Common Errors section lists no error", section.line);
  return starts.map((start, i) => parseEntry(lines.slice(start, starts[i + 1] ?? lines.length)));
}

function parseEntry([heading, ...rest]: SourceLine[]): ParsedCommonError {
  const code = heading.text.trim();
  const statusAt = rest.findIndex((line) => STATUS_LINE.test(line.text.trim()));
  if (statusAt === -1)
    throw new ReferenceParseError(
      `common error ${code} has no "HTTP Status Code:" line`,
      heading.line,
    );
  return {
    code,
    line: heading.line,
    documentation: toMarkdown(rest.slice(0, statusAt)),
    httpStatus: Number(STATUS_LINE.exec(rest[statusAt].text.trim())![1]),
  };
}
