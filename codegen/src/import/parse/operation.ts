import type { CorrectionLog } from "../corrections/log.ts";
import { splitCodeBlocks } from "../reference/code-blocks.ts";
import { splitOperation } from "../reference/operation-parts.ts";
import type { Section } from "../reference/sections.ts";
import { ReferenceParseError } from "../reference/source.ts";
import { parseErrors } from "./errors.ts";
import { parseExamples } from "./examples.ts";
import { parseMembers } from "./members.ts";
import { toMarkdown } from "./prose.ts";
import { parseRequestLine } from "./request-line.ts";
import { checkSyntaxJson } from "./syntax-block.ts";
import type { ParsedMember, ParsedOperation } from "./types.ts";

const STATUS_LINE = /^HTTP\/1\.1 (\d{3})$/;

/** Parses one operation page into its HTTP binding, members, status code, errors and examples. */
export function parseOperation(section: Section, log: CorrectionLog): ParsedOperation {
  const name = section.name;
  const parts = splitOperation(section);

  const requestSyntax = splitCodeBlocks(parts.requestSyntax, name, log);
  const requestBlock = requestSyntax.blocks[0];
  if (!requestBlock)
    throw new ReferenceParseError(`${name} has no Request Syntax block`, section.line);

  const uriParameters = parseMembers(parts.uriParameters, name, log).map(inferUriParameterType);
  const http = parseRequestLine(requestBlock, name, uriParameters, log);
  const labelNames = new Map([...http.labels].map(([member, label]) => [label, member]));
  const boundParameters = uriParameters.map((parameter) => {
    const member = labelNames.get(parameter.name) ?? parameter.name;
    if (!labelNames.has(parameter.name) && !http.queryParams.has(parameter.name)) {
      throw new ReferenceParseError(
        `URI parameter ${parameter.name} of ${name} is neither a label nor in the query`,
        parameter.line,
      );
    }
    return { ...parameter, name: member, required: parameter.required ?? false };
  });

  const contentTypeIndex = requestBlock.lines.findIndex((line) =>
    /^Content-type:/i.test(line.text.trim()),
  );
  if (contentTypeIndex !== -1)
    checkSyntaxJson(requestBlock, contentTypeIndex + 1, `${name} Request Syntax`, log);

  const hasRequestBody = parts.requestBody.some((line) =>
    line.text.trim().startsWith("The request accepts the following data in JSON format."),
  );
  const requestBody = parseMembers(parts.requestBody, name, log);

  const responseSyntax = splitCodeBlocks(parts.responseSyntax, name, log);
  const statusSource = [...(responseSyntax.blocks[0]?.lines ?? []), ...responseSyntax.prose].find(
    (line) => STATUS_LINE.test(line.text.trim()),
  );
  if (!statusSource)
    throw new ReferenceParseError(
      `${name} has no "HTTP/1.1 <code>" in Response Syntax`,
      section.line,
    );
  const code = Number(STATUS_LINE.exec(statusSource.text.trim())![1]);
  const responseBlock = responseSyntax.blocks[0];
  if (responseBlock) {
    const jsonStart = responseBlock.lines.findIndex((line) =>
      /^Content-type:/i.test(line.text.trim()),
    );
    if (jsonStart !== -1)
      checkSyntaxJson(responseBlock, jsonStart + 1, `${name} Response Syntax`, log);
  }

  return {
    name,
    line: section.line,
    documentation: toMarkdown(parts.description),
    http,
    uriParameters: boundParameters,
    requestBody,
    hasRequestBody,
    code,
    responseElements: parseMembers(parts.responseElements, name, log),
    errors: parseErrors(parts.errors, name),
    examples: parseExamples(parts.examples, name, log),
  };
}

/** URI parameter entries carry no `Type:` line: a Valid Range makes an integer, anything else a string. */
function inferUriParameterType(parameter: ParsedMember): ParsedMember {
  if (parameter.type) return parameter;
  return {
    ...parameter,
    type: parameter.constraints.range ? { kind: "integer" } : { kind: "string" },
  };
}
