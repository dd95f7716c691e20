import type { MemberNode, OperationShapeNode, StructureShapeNode } from "../../model/smithy-ast.ts";
import type { ParsedMember, ParsedOperation } from "../parse/types.ts";
import { resolveMember } from "./members.ts";
import { shapeId } from "./shape-ids.ts";
import { sortedTraits, type ShapeRegistry } from "./shape-registry.ts";

/** The list operations that page, and the output member holding the page's items. */
export const PAGINATED_ITEMS: Record<string, string> = {
  ListAccounts: "Accounts",
  ListBots: "Bots",
  ListPhoneNumberOrders: "PhoneNumberOrders",
  ListPhoneNumbers: "PhoneNumbers",
  ListRoomMemberships: "RoomMemberships",
  ListRooms: "Rooms",
  ListUsers: "Users",
  SearchAvailablePhoneNumbers: "E164PhoneNumbers",
};

export function inputName(operation: string): string {
  return `${operation}Request`;
}

export function outputName(operation: string): string {
  return `${operation}Response`;
}

function withTraits(member: MemberNode, extra: Record<string, unknown>): MemberNode {
  const traits = sortedTraits({ ...(member.traits ?? {}), ...extra });
  return traits ? { target: member.target, traits } : { target: member.target };
}

/** Members of the input: URI parameters bound to their label or query key, then the JSON body. */
function inputMembers(
  operation: ParsedOperation,
  registry: ShapeRegistry,
): Record<string, MemberNode> {
  const owner = inputName(operation.name);
  const members: Record<string, MemberNode> = {};
  for (const parameter of operation.uriParameters) {
    const member = resolveMember(parameter, owner, registry);
    const queryKey = operation.http.queryParams.get(parameter.name);
    members[parameter.name] = withTraits(
      member,
      queryKey === undefined
        ? { "smithy.api#httpLabel": {} }
        : { "smithy.api#httpQuery": queryKey },
    );
  }
  for (const bodyMember of operation.requestBody) {
    const member = resolveMember(bodyMember, owner, registry);
    members[bodyMember.name] = isIdempotencyToken(bodyMember)
      ? withTraits(member, { "smithy.api#idempotencyToken": {} })
      : member;
  }
  return members;
}

/** The reference calls an idempotency token by that name in the member's description. */
export function isIdempotencyToken(member: ParsedMember): boolean {
  return /idempotency token/i.test(member.documentation);
}

function structure(
  members: Record<string, MemberNode>,
  traits: Record<string, unknown>,
): StructureShapeNode {
  return { type: "structure", members, traits: sortedTraits(traits) };
}

/**
 * Defines an operation, its `<Op>Request`/`<Op>Response` structures (the output exists, empty, even
 * when the response has no body) and returns the operation shape.
 */
export function buildOperation(
  operation: ParsedOperation,
  registry: ShapeRegistry,
): OperationShapeNode {
  const input = registry.define(
    inputName(operation.name),
    structure(inputMembers(operation, registry), {
      "smithy.api#documentation": `The input of ${operation.name}.`,
      "smithy.api#input": {},
    }),
  );
  const outputMembers: Record<string, MemberNode> = {};
  for (const element of operation.responseElements) {
    outputMembers[element.name] = resolveMember(element, outputName(operation.name), registry);
  }
  const output = registry.define(
    outputName(operation.name),
    structure(outputMembers, {
      "smithy.api#documentation": `The output of ${operation.name}.`,
      "smithy.api#output": {},
    }),
  );
  const traits: Record<string, unknown> = {
    "smithy.api#documentation": operation.documentation,
    "smithy.api#http": {
      method: operation.http.method,
      uri: operation.http.uri,
      code: operation.code,
    },
  };
  if (operation.http.method === "GET") traits["smithy.api#readonly"] = {};
  if (operation.http.method === "PUT" || operation.http.method === "DELETE")
    traits["smithy.api#idempotent"] = {};
  const items = PAGINATED_ITEMS[operation.name];
  if (items) {
    traits["smithy.api#paginated"] = {
      inputToken: "NextToken",
      outputToken: "NextToken",
      pageSize: "MaxResults",
      items,
    };
  }
  return {
    type: "operation",
    input: { target: input },
    output: { target: output },
    errors: [...operation.errors]
      .map((error) => error.name)
      .sort()
      .map((name) => ({ target: shapeId(name) })),
    traits: sortedTraits(traits),
  };
}
