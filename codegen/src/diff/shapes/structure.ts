import { isDeepStrictEqual } from "node:util";
import type { MemberNode, ShapeId, StructureShapeNode } from "../../model/smithy-ast.ts";
import { breaking, feature, type ModelChange } from "../change.ts";
import { sameTarget, type CompareContext } from "../context.ts";
import { compareMember, memberId } from "../member.ts";
import { pairRenames } from "../renames.ts";
import { compareTraits, withoutDocsTraits } from "../traits.ts";

/**
 * Structures and unions: members removed, renamed or added, then each
 * surviving member. For example `User` gaining an optional `Nickname` gives one
 * feature change `ns#User$Nickname: optional member added`.
 */
export function compareStructure(
  context: CompareContext,
  id: ShapeId,
  before: StructureShapeNode,
  after: StructureShapeNode,
): ModelChange[] {
  const was = before.members ?? {};
  const now = after.members ?? {};
  const { renames, removed, added } = pairRenames(
    Object.keys(was).filter((name) => !(name in now)),
    Object.keys(now).filter((name) => !(name in was)),
    (oldName, newName) => sameDefinition(context, was[oldName], now[newName]),
  );
  const surviving = Object.keys(was)
    .filter((name) => name in now)
    .sort();
  return [
    ...compareTraits(id, before.traits, after.traits),
    ...renames.map(([oldName, newName]) =>
      breaking("member-renamed", memberId(id, oldName), `member renamed to ${newName}`),
    ),
    ...removed.map((name) => breaking("member-removed", memberId(id, name), "member removed")),
    ...added.map((name) => memberAdded(after.type, memberId(id, name), now[name])),
    ...surviving.flatMap((name) =>
      compareMember(context, memberId(id, name), was[name], now[name]),
    ),
  ];
}

/** A rename keeps the target and every trait except documentation. */
function sameDefinition(context: CompareContext, before: MemberNode, after: MemberNode): boolean {
  return (
    sameTarget(context, before.target, after.target) &&
    isDeepStrictEqual(withoutDocsTraits(before.traits), withoutDocsTraits(after.traits))
  );
}

/**
 * A new required member breaks every caller that does not send it; a member
 * with a default is filled in for them, so it counts as optional.
 */
function memberAdded(
  type: StructureShapeNode["type"],
  subject: ShapeId,
  member: MemberNode,
): ModelChange {
  const traits = member.traits ?? {};
  const required = "smithy.api#required" in traits && !("smithy.api#default" in traits);
  if (type === "union") {
    return feature("member-added", subject, `union member added (target ${member.target})`);
  }
  return required
    ? breaking("required-member-added", subject, `required member added (target ${member.target})`)
    : feature("optional-member-added", subject, `optional member added (target ${member.target})`);
}
