import type { MemberNode } from "../../model/smithy-ast.ts";
import type { Bounds, ParsedConstraints, ParsedMember, ParsedType } from "../parse/types.ts";
import { enumForValues, enumMemberName } from "./sdk-names.ts";
import { sensitiveTarget } from "./sensitive.ts";
import { PRELUDE, shapeId } from "./shape-ids.ts";
import { sortedTraits, type ShapeRegistry } from "./shape-registry.ts";

/** Names of lists of strings, by the member that holds them (lists of structures and enums are `<Item>List`). */
const STRING_LIST_NAMES: Record<string, string> = {
  PhoneNumberIds: "PhoneNumberIdList",
  UserIdList: "UserIdList",
  E164PhoneNumbers: "E164PhoneNumberList",
  GroupNames: "GroupNameList",
  UserEmailList: "UserEmailList",
};

function boundsTrait(bounds: Bounds): Record<string, number> {
  const trait: Record<string, number> = {};
  if (bounds.min !== undefined) trait.min = bounds.min;
  if (bounds.max !== undefined) trait.max = bounds.max;
  return trait;
}

/** Defines (once) the enum shape for a set of values, named as the AWS SDK names it. */
export function enumTarget(
  values: readonly string[],
  where: string,
  registry: ShapeRegistry,
): string {
  const known = enumForValues(values);
  if (!known) {
    throw new Error(
      `${where}: no enum name for the values ${values.join(" | ")}; add it to build/sdk-names.ts`,
    );
  }
  const members: Record<string, MemberNode> = {};
  for (const value of known.values) {
    members[enumMemberName(value)] = {
      target: "smithy.api#Unit",
      traits: { "smithy.api#enumValue": value },
    };
  }
  return registry.define(known.name, {
    type: "enum",
    members,
    traits: { "smithy.api#documentation": known.documentation },
  });
}

interface Resolved {
  target: string;
  traits: Record<string, unknown>;
}

/** A scalar value (a member or a list's items): its target and the constraint traits it carries. */
function resolveValue(
  type: ParsedType,
  constraints: ParsedConstraints,
  memberName: string,
  where: string,
  registry: ShapeRegistry,
): Resolved {
  const traits: Record<string, unknown> = {};
  switch (type.kind) {
    case "string": {
      if (constraints.enumValues)
        return { target: enumTarget(constraints.enumValues, where, registry), traits };
      if (constraints.length) traits["smithy.api#length"] = boundsTrait(constraints.length);
      if (constraints.pattern !== undefined) traits["smithy.api#pattern"] = constraints.pattern;
      return { target: sensitiveTarget(memberName, registry) ?? PRELUDE.String, traits };
    }
    case "integer":
      if (constraints.range) traits["smithy.api#range"] = boundsTrait(constraints.range);
      return { target: PRELUDE.Integer, traits };
    case "boolean":
      return { target: PRELUDE.Boolean, traits };
    case "timestamp":
      traits["smithy.api#timestampFormat"] = "date-time";
      return { target: PRELUDE.Timestamp, traits };
    case "structure":
      return { target: shapeId(type.name), traits };
    case "list":
      throw new Error(`${where}: lists of lists do not occur in the reference`);
  }
}

function listName(
  item: ParsedType,
  constraints: ParsedConstraints,
  memberName: string,
  where: string,
): string {
  if (item.kind === "structure") return `${item.name}List`;
  if (constraints.enumValues) {
    const known = enumForValues(constraints.enumValues);
    if (known) return `${known.name}List`;
  }
  const name = STRING_LIST_NAMES[memberName];
  if (!name)
    throw new Error(`${where}: no list name for member ${memberName}; add it to build/members.ts`);
  return name;
}

/**
 * Turns a parsed member into a Smithy member: its target (prelude, enum, structure, sensitive string
 * or named list) and its member-level traits (documentation, required, constraints). For arrays the
 * item constraints go on the list's member and `Array Members` becomes the member's length.
 */
export function resolveMember(
  member: ParsedMember,
  owner: string,
  registry: ShapeRegistry,
): MemberNode {
  const where = `${owner}.${member.name}`;
  const type = member.type ?? { kind: "string" };
  let resolved: Resolved;
  if (type.kind === "list") {
    const item = resolveValue(type.member, member.constraints, member.name, where, registry);
    const name = listName(type.member, member.constraints, member.name, where);
    const itemTraits = sortedTraits(item.traits);
    registry.define(name, {
      type: "list",
      member: itemTraits ? { target: item.target, traits: itemTraits } : { target: item.target },
      traits: { "smithy.api#documentation": `A list of ${shapeLabel(item.target)} values.` },
    });
    const traits: Record<string, unknown> = {};
    if (member.constraints.listLength)
      traits["smithy.api#length"] = boundsTrait(member.constraints.listLength);
    resolved = { target: shapeId(name), traits };
  } else {
    resolved = resolveValue(type, member.constraints, member.name, where, registry);
  }
  const traits = resolved.traits;
  if (member.documentation) traits["smithy.api#documentation"] = member.documentation;
  if (member.required) traits["smithy.api#required"] = {};
  const sorted = sortedTraits(traits);
  return sorted ? { target: resolved.target, traits: sorted } : { target: resolved.target };
}

function shapeLabel(target: string): string {
  return `\`${target.slice(target.indexOf("#") + 1)}\``;
}
