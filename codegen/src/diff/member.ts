import type { MemberNode, ShapeId } from "../model/smithy-ast.ts";
import { breaking, type ModelChange } from "./change.ts";
import { sameTarget, type CompareContext } from "./context.ts";
import { compareTraits } from "./traits.ts";

/**
 * One member present in both models (a structure's or union's member, a
 * list's `member`, a map's `key` or `value`): its target, then its traits.
 */
export function compareMember(
  context: CompareContext,
  subject: ShapeId,
  before: MemberNode,
  after: MemberNode,
  ignoreTraits: readonly string[] = [],
): ModelChange[] {
  const targetChange = sameTarget(context, before.target, after.target)
    ? []
    : [breaking("member-type-changed", subject, `target ${before.target} became ${after.target}`)];
  return [...targetChange, ...compareTraits(subject, before.traits, after.traits, ignoreTraits)];
}

/** `ns#Shape` + `name` -> `ns#Shape$name`, Smithy's ID for a member. */
export function memberId(shape: ShapeId, member: string): ShapeId {
  return `${shape}$${member}`;
}
