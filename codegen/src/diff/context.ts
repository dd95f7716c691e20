import type { ShapeId, SmithyModel } from "../model/smithy-ast.ts";

/** What every shape comparison needs to know about the two whole models. */
export interface CompareContext {
  before: SmithyModel;
  after: SmithyModel;
  /** Shapes recognised as renamed: old ID -> new ID. The rename is reported once, at the shape. */
  renames: ReadonlyMap<ShapeId, ShapeId>;
}

/** The Smithy prelude's empty structure, meaning "no input" or "no output". */
export const UNIT = "smithy.api#Unit";

/** Whether two references point at the same shape, allowing for a renamed target. */
export function sameTarget(context: CompareContext, before: ShapeId, after: ShapeId): boolean {
  return before === after || context.renames.get(before) === after;
}

/**
 * Whether a referenced shape appeared or disappeared between the models:
 * those changes are reported on the shape itself, not again on each reference.
 */
export function existenceChanged(context: CompareContext, id: ShapeId): boolean {
  const renamedTo = context.renames.get(id);
  const inBefore = id in context.before.shapes;
  const inAfter = id in context.after.shapes || renamedTo !== undefined;
  return inBefore !== inAfter;
}
