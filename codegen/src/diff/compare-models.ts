import { isDeepStrictEqual } from "node:util";
import type { ShapeId, ShapeNode, SmithyModel } from "../model/smithy-ast.ts";
import { breaking, feature, sortChanges, type ModelChange } from "./change.ts";
import type { CompareContext } from "./context.ts";
import { pairRenames } from "./renames.ts";
import { compareList, compareMap } from "./shapes/collection.ts";
import { compareEnum } from "./shapes/enum.ts";
import { compareOperation } from "./shapes/operation.ts";
import { compareResource } from "./shapes/resource.ts";
import { compareService } from "./shapes/service.ts";
import { compareStructure } from "./shapes/structure.ts";
import { compareTraitDefinitions, traitDefinitionIds } from "./trait-definitions.ts";
import { compareTraits, withoutDocsTraits } from "./traits.ts";

/**
 * Every API change from `before` to `after`, classified and sorted (breaking
 * first, then by shape ID). Shapes are matched by ID; a removed and an added
 * shape with the same definition are reported once, as a rename. The model's
 * own trait definitions are compared apart (see trait-definitions.ts).
 */
export function compareModels(before: SmithyModel, after: SmithyModel): ModelChange[] {
  const definitions = new Set([...traitDefinitionIds(before), ...traitDefinitionIds(after)]);
  const isApiShape = (id: ShapeId) => !definitions.has(id);
  const removedIds = Object.keys(before.shapes).filter(
    (id) => isApiShape(id) && !(id in after.shapes),
  );
  const addedIds = Object.keys(after.shapes).filter(
    (id) => isApiShape(id) && !(id in before.shapes),
  );
  const { renames, removed, added } = findShapeRenames(before, after, removedIds, addedIds);
  const context: CompareContext = { before, after, renames: new Map(renames) };
  const commonIds = Object.keys(before.shapes).filter((id) => isApiShape(id) && id in after.shapes);
  return sortChanges([
    ...compareTraitDefinitions(before, after, definitions),
    ...renames.map(([oldId, newId]) => shapeRenamed(before.shapes[oldId], oldId, newId)),
    ...removed.map((id) => shapeRemoved(before.shapes[id], id)),
    ...added.map((id) => shapeAdded(after.shapes[id], id)),
    ...commonIds.flatMap((id) => compareShape(context, id, before.shapes[id], after.shapes[id])),
  ]);
}

/**
 * Data shapes pair when their definitions match apart from documentation.
 * Operations come second, so that their input and output, usually renamed
 * along with them, already count as the same; an operation also keeps its
 * identity when its HTTP route is unchanged.
 */
function findShapeRenames(
  before: SmithyModel,
  after: SmithyModel,
  removedIds: readonly ShapeId[],
  addedIds: readonly ShapeId[],
) {
  const isOperation = (model: SmithyModel) => (id: ShapeId) =>
    model.shapes[id].type === "operation";
  const data = pairRenames(
    removedIds.filter((id) => !isOperation(before)(id)),
    addedIds.filter((id) => !isOperation(after)(id)),
    (oldId, newId) => {
      const was = definition(before.shapes[oldId]);
      return isDistinctive(was) && isDeepStrictEqual(was, definition(after.shapes[newId]));
    },
  );
  const dataRenames = new Map(data.renames);
  const operations = pairRenames(
    removedIds.filter(isOperation(before)),
    addedIds.filter(isOperation(after)),
    (oldId, newId) => {
      const was = before.shapes[oldId];
      const now = after.shapes[newId];
      const route = "smithy.api#http";
      return (
        (was.traits?.[route] !== undefined &&
          isDeepStrictEqual(was.traits[route], now.traits?.[route])) ||
        isDeepStrictEqual(definition(was, dataRenames), definition(now))
      );
    },
  );
  return {
    renames: [...data.renames, ...operations.renames],
    removed: [...data.removed, ...operations.removed],
    added: [...data.added, ...operations.added],
  };
}

/**
 * A shape with nothing but its type (an empty structure, a bare string) would
 * match every other such shape, so it never counts as renamed.
 */
function isDistinctive(definition: Record<string, unknown>): boolean {
  return Object.entries(definition).some(
    ([key, value]) =>
      key !== "type" && !(typeof value === "object" && value && Object.keys(value).length === 0),
  );
}

/**
 * A shape's definition without documentation traits, with references to
 * renamed shapes written under their new IDs.
 */
function definition(
  shape: ShapeNode,
  renames: ReadonlyMap<ShapeId, ShapeId> = new Map(),
): Record<string, unknown> {
  const json = JSON.stringify(shape, (key, value: unknown) => {
    if (key === "traits") return withoutDocsTraits(value as Record<string, unknown>);
    if (key === "target" && typeof value === "string") return renames.get(value) ?? value;
    return value;
  });
  return JSON.parse(json);
}

function compareShape(
  context: CompareContext,
  id: ShapeId,
  before: ShapeNode,
  after: ShapeNode,
): ModelChange[] {
  if (before.type !== after.type) {
    return [breaking("shape-type-changed", id, `shape type ${before.type} became ${after.type}`)];
  }
  switch (before.type) {
    case "structure":
    case "union":
      return compareStructure(context, id, before, after as typeof before);
    case "enum":
    case "intEnum":
      return compareEnum(id, before, after as typeof before);
    case "list":
      return compareList(context, id, before, after as typeof before);
    case "map":
      return compareMap(context, id, before, after as typeof before);
    case "operation":
      return compareOperation(context, id, before, after as typeof before);
    case "service":
      return compareService(context, id, before, after as typeof before);
    case "resource":
      return compareResource(context, id, before, after as typeof before);
    default:
      return compareTraits(id, before.traits, after.traits);
  }
}

/** What a shape is, in the words of its change kind: operations and errors have their own. */
function shapeRole(shape: ShapeNode): string {
  if (shape.type === "operation") return "operation";
  if (shape.type === "structure" && shape.traits?.["smithy.api#error"] !== undefined) {
    return "error";
  }
  return shape.type === "service" ? "service" : "shape";
}

function shapeRenamed(shape: ShapeNode, oldId: ShapeId, newId: ShapeId): ModelChange {
  return breaking(`${shapeRole(shape)}-renamed`, oldId, `${shapeNoun(shape)} renamed to ${newId}`);
}

function shapeRemoved(shape: ShapeNode, id: ShapeId): ModelChange {
  return breaking(`${shapeRole(shape)}-removed`, id, `${shapeNoun(shape)} removed`);
}

function shapeAdded(shape: ShapeNode, id: ShapeId): ModelChange {
  return feature(`${shapeRole(shape)}-added`, id, `${shapeNoun(shape)} added`);
}

/** `operation`, `error`, `service`, else the shape's type (`structure`, `enum` ...). */
function shapeNoun(shape: ShapeNode): string {
  const role = shapeRole(shape);
  return role === "shape" ? shape.type : role;
}
