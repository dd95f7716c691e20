import type { MemberIr, ModelIr, OperationIr, StructureIr } from "../../../ir/types.ts";
import { anchorIn, memberAnchor } from "../site-paths.ts";
import { jsonSkeleton } from "./json-skeleton.ts";
import { text, type InlinePart } from "./links.ts";
import type { PageContext } from "./page-context.ts";

/** A block of HTTP message syntax; members named in it link to their rows in the tables below. */
export interface SyntaxView {
  lines: InlinePart[][];
  /** The same block as plain text, for Markdown code fences. */
  plain: string;
}

function memberRef(
  page: PageContext,
  side: "request" | "response",
  member: string,
  shown: string,
): InlinePart {
  return {
    text: shown,
    href: page.format === "html" ? `#${anchorIn("html", memberAnchor(side, member))}` : null,
  };
}

function bodyMembers(structure: StructureIr): MemberIr[] {
  return [...structure.members].filter(
    (member) => member.binding.location === "body" || member.binding.location === "payload",
  );
}

function contentType(ir: ModelIr, members: MemberIr[]): string | null {
  const payload = members.find((member) => member.binding.location === "payload");
  if (payload === undefined) return members.length > 0 ? "application/json" : null;
  switch (payload.type.kind) {
    case "blob":
      return "application/octet-stream";
    case "string":
      return "text/plain";
    default:
      return "application/json";
  }
}

function bodyLines(ir: ModelIr, members: MemberIr[]): InlinePart[][] {
  const payload = members.find((member) => member.binding.location === "payload");
  if (payload !== undefined) {
    if (payload.type.kind !== "structure") return [[text(`<${payload.name}>`)]];
    const target = ir.shapes.get(payload.type.shape);
    const nested = target?.kind === "structure" ? target.members : [];
    return jsonSkeleton(ir, nested)
      .split("\n")
      .map((line) => [text(line)]);
  }
  return jsonSkeleton(ir, members)
    .split("\n")
    .map((line) => [text(line)]);
}

function headerLines(
  page: PageContext,
  structure: StructureIr,
  side: "request" | "response",
): InlinePart[][] {
  return [...structure.members]
    .filter((member) => member.binding.location === "header")
    .map((member) => {
      const name = member.binding.location === "header" ? member.binding.name : member.name;
      return [text(`${name}: `), memberRef(page, side, member.name, member.name)];
    });
}

function withBody(ir: ModelIr, head: InlinePart[][], members: MemberIr[]): InlinePart[][] {
  const type = contentType(ir, members);
  if (type === null) return head;
  return [...head, [text(`Content-type: ${type}`)], [], ...bodyLines(ir, members)];
}

function plainOf(lines: InlinePart[][]): string {
  return lines.map((line) => line.map((part) => part.text).join("")).join("\n");
}

/**
 * `POST /accounts/{AccountId}/users?operation=create&max-results=MaxResults HTTP/1.1`,
 * then header lines, the content type and the JSON body skeleton.
 */
export function requestSyntax(
  page: PageContext,
  operation: OperationIr,
  input: StructureIr,
): SyntaxView {
  const http = operation.http;
  const line: InlinePart[] = [text(`${http.method} `)];
  for (const segment of http.segments) {
    if (segment.kind === "literal") {
      line.push(text(`/${segment.value}`));
    } else {
      line.push(
        text("/"),
        memberRef(page, "request", segment.name, `{${segment.name}${segment.greedy ? "+" : ""}}`),
      );
    }
  }
  if (http.segments.length === 0) line.push(text("/"));
  // Each query parameter is one unit: `?`/`&` and its name never split (`max-results` has a
  // hyphen), and a long query string may wrap on a narrow screen only before a parameter.
  const query: { name: string; member?: string }[] = [];
  const literalQuery = http.uri.includes("?") ? http.uri.slice(http.uri.indexOf("?") + 1) : "";
  if (literalQuery !== "") query.push({ name: literalQuery });
  for (const member of input.members) {
    if (member.binding.location === "query")
      query.push({ name: `${member.binding.name}=`, member: member.name });
  }
  query.forEach((parameter, index) => {
    line.push({
      text: `${index === 0 ? "?" : "&"}${parameter.name}`,
      href: null,
      breakBefore: true,
      nowrap: true,
    });
    if (parameter.member !== undefined) {
      line.push(memberRef(page, "request", parameter.member, parameter.member));
    }
  });
  line.push(text(" HTTP/1.1"));
  const lines = withBody(
    page.ir,
    [line, ...headerLines(page, input, "request")],
    bodyMembers(input),
  );
  return { lines, plain: plainOf(lines) };
}

/** `HTTP/1.1 201`, then header lines, the content type and the JSON body skeleton. */
export function responseSyntax(
  page: PageContext,
  operation: OperationIr,
  output: StructureIr,
): SyntaxView {
  const head = [
    [text(`HTTP/1.1 ${operation.http.code}`)],
    ...headerLines(page, output, "response"),
  ];
  const lines = withBody(page.ir, head, bodyMembers(output));
  return { lines, plain: plainOf(lines) };
}
