import type { MemberIr } from "../../../ir/types.ts";
import { anchorIn, memberAnchor } from "../site-paths.ts";
import { describeConstraints, type ConstraintView } from "./constraints.ts";
import type { InlinePart } from "./links.ts";
import type { DocContent, PageContext } from "./page-context.ts";
import { typeLabel } from "./type-label.ts";

/** Where a member travels, as a reader of the HTTP message sees it: `path`, `query max-results`. */
export interface LocationView {
  kind: string;
  /** The name on the wire when it differs from the member's: query key, header name, JSON key. */
  wireName: string | null;
}

/** One row of a member table: on operation pages (parameters, body, response) and shape pages. */
export interface MemberRowView {
  anchor: string;
  name: string;
  location: LocationView;
  type: InlinePart[];
  required: boolean;
  constraints: ConstraintView[];
  idempotencyToken: boolean;
  doc: DocContent | null;
}

function location(member: MemberIr): LocationView {
  const binding = member.binding;
  switch (binding.location) {
    case "label":
      return { kind: "path", wireName: null };
    case "query":
      return { kind: "query", wireName: binding.name };
    case "header":
      return { kind: "header", wireName: binding.name };
    case "payload":
      return { kind: "whole body", wireName: null };
    case "responseCode":
      return { kind: "status code", wireName: null };
    case "body":
      return { kind: "body", wireName: binding.jsonName === member.name ? null : binding.jsonName };
  }
}

/** Rows for `members` in model order; `side` keeps request and response anchors apart on one page. */
export function memberRows(
  page: PageContext,
  members: MemberIr[],
  side: "request" | "response" | "member",
): MemberRowView[] {
  return members.map((member) => ({
    anchor: anchorIn(page.format, memberAnchor(side, member.name)),
    name: member.name,
    location: location(member),
    type: typeLabel(member.type, page),
    required: member.required,
    constraints: describeConstraints(page.ir, member),
    idempotencyToken: member.idempotencyToken,
    doc: page.doc(member.documentation),
  }));
}
