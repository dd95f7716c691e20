import type { CorrectionLog } from "../corrections/log.ts";
import type { Section } from "../reference/sections.ts";
import { ReferenceParseError } from "../reference/source.ts";
import { parseMembers } from "./members.ts";
import { toMarkdown } from "./prose.ts";
import type { ParsedDataType } from "./types.ts";

/** Parses a data type page: description, then the member list under "Contents", up to "See Also". */
export function parseDataType(section: Section, log: CorrectionLog): ParsedDataType {
  const lines = section.body;
  const contents = lines.findIndex((line) => line.text.trim() === "Contents");
  if (contents === -1)
    throw new ReferenceParseError(`data type ${section.name} has no Contents`, section.line);
  const seeAlso = lines.findIndex((line) => line.text.trim() === "See Also");
  return {
    name: section.name,
    line: section.line,
    documentation: toMarkdown(lines.slice(0, contents)),
    members: parseMembers(
      lines.slice(contents + 1, seeAlso === -1 ? lines.length : seeAlso),
      section.name,
      log,
    ),
  };
}
