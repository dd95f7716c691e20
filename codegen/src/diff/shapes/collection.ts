import type { ListShapeNode, MapShapeNode, ShapeId } from "../../model/smithy-ast.ts";
import type { ModelChange } from "../change.ts";
import type { CompareContext } from "../context.ts";
import { compareMember, memberId } from "../member.ts";
import { compareTraits } from "../traits.ts";

/** Lists: the shape's own traits (a `length` here limits the list's size), then `member`. */
export function compareList(
  context: CompareContext,
  id: ShapeId,
  before: ListShapeNode,
  after: ListShapeNode,
): ModelChange[] {
  return [
    ...compareTraits(id, before.traits, after.traits),
    ...compareMember(context, memberId(id, "member"), before.member, after.member),
  ];
}

/** Maps: the shape's own traits, then `key` and `value`. */
export function compareMap(
  context: CompareContext,
  id: ShapeId,
  before: MapShapeNode,
  after: MapShapeNode,
): ModelChange[] {
  return [
    ...compareTraits(id, before.traits, after.traits),
    ...compareMember(context, memberId(id, "key"), before.key, after.key),
    ...compareMember(context, memberId(id, "value"), before.value, after.value),
  ];
}
