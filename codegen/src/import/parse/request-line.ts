import type { CorrectionLog } from "../corrections/log.ts";
import type { CodeBlock } from "../reference/code-blocks.ts";
import { ReferenceParseError } from "../reference/source.ts";
import type { HttpMethod, ParsedHttp, ParsedMember } from "./types.ts";

const REQUEST_LINE = /^(GET|POST|PUT|DELETE) (\S+) HTTP\/1\.1$/;

/** `accountId` -> `AccountId`: input members are PascalCase, the reference's labels camelCase. */
export function labelMemberName(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * Reads `METHOD URI HTTP/1.1` from the first lines of the Request Syntax block. A URI wrapped over
 * several lines is joined; path segments named after a URI parameter are labels even when the braces
 * were lost; `key=Name` query pairs whose Name is a parameter bind that parameter, the rest are literals.
 */
export function parseRequestLine(
  block: CodeBlock,
  operation: string,
  uriParameters: readonly ParsedMember[],
  log: CorrectionLog,
): ParsedHttp {
  let text = "";
  let wrapped = false;
  let firstLine = block.lines[0]?.line ?? block.line;
  for (const [i, line] of block.lines.entries()) {
    if (i === 0) firstLine = line.line;
    text += line.text.trim();
    if (/ HTTP\/1\.1$/.test(text)) break;
    wrapped = true;
  }
  const match = REQUEST_LINE.exec(text);
  if (!match)
    throw new ReferenceParseError(`unreadable request line "${text}" of ${operation}`, firstLine);
  if (wrapped) {
    log.record("uriLineWrap", {
      subject: operation,
      line: firstLine,
      said: block.lines
        .slice(0, block.lines.findIndex((line) => / HTTP\/1\.1\s*$/.test(line.text)) + 1)
        .map((line) => line.text.trim())
        .join(" / "),
      holds: `${match[1]} ${match[2]}`,
    });
  }
  const method = match[1] as HttpMethod;
  const [rawPath, rawQuery = ""] = match[2].split("?");
  const parameterNames = new Set(uriParameters.map((parameter) => parameter.name));
  const labels = new Map<string, string>();
  const segments = rawPath.split("/").map((segment) => {
    const braced = /^\{(.+)\}$/.exec(segment);
    const name = braced ? braced[1] : parameterNames.has(segment) ? segment : undefined;
    if (name === undefined) return segment;
    if (!parameterNames.has(name)) {
      throw new ReferenceParseError(
        `label {${name}} of ${operation} is not a listed URI parameter`,
        firstLine,
      );
    }
    const member = labelMemberName(name);
    labels.set(member, name);
    if (!braced) {
      log.record("uriLabelBraces", {
        subject: `${operation}.${member}`,
        line: firstLine,
        said: segment,
        holds: `{${member}}`,
      });
    }
    return `{${member}}`;
  });
  const queryParams = new Map<string, string>();
  const queryLiterals: Array<[string, string]> = [];
  for (const pair of rawQuery.split("&").filter((item) => item !== "")) {
    const [key, value = ""] = pair.split("=");
    if (parameterNames.has(value)) {
      queryParams.set(value, key);
    } else {
      queryLiterals.push([key, value]);
    }
  }
  const query = queryLiterals.map(([key, value]) => `${key}=${value}`).join("&");
  return {
    method,
    uri: segments.join("/") + (query ? `?${query}` : ""),
    labels,
    queryParams,
    queryLiterals,
    line: firstLine,
  };
}
