import { isDeepStrictEqual } from "node:util";
import { memberTargets, type ShapeId, type SmithyModel } from "../model/smithy-ast.ts";
import { TRAIT } from "../model/traits.ts";
import { docs, type ModelChange } from "./change.ts";

/**
 * The shapes that define the model's own traits: each shape with
 * `smithy.api#trait` and the shapes its value is built from. They shape what
 * a model may say, not the API, so no generated package's interface changes
 * with them; changes to the traits' values are classified where they are applied.
 */
export function traitDefinitionIds(model: SmithyModel): Set<ShapeId> {
  const found = new Set<ShapeId>();
  const visit = (id: ShapeId) => {
    const shape = model.shapes[id];
    if (shape === undefined || found.has(id)) return;
    found.add(id);
    for (const target of memberTargets(shape)) visit(target);
  };
  for (const [id, shape] of Object.entries(model.shapes)) {
    if (shape.traits?.[TRAIT.traitDefinition] !== undefined) visit(id);
  }
  return found;
}

/** One `docs` change per trait-definition shape added, removed or edited. */
export function compareTraitDefinitions(
  before: SmithyModel,
  after: SmithyModel,
  ids: ReadonlySet<ShapeId>,
): ModelChange[] {
  return [...ids].flatMap((id) => {
    const was = before.shapes[id];
    const now = after.shapes[id];
    if (was === undefined) return [docs("trait-definition-added", id, "trait definition added")];
    if (now === undefined)
      return [docs("trait-definition-removed", id, "trait definition removed")];
    return isDeepStrictEqual(was, now)
      ? []
      : [docs("trait-definition-changed", id, "trait definition changed")];
  });
}
