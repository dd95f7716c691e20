import type { ShapeId, ShapeRef } from "../model/smithy-ast.ts";
import { breaking, feature, type ModelChange } from "./change.ts";
import { existenceChanged, type CompareContext } from "./context.ts";

/** How to name changes to one list of shape references (an operation's errors, a service's operations). */
export interface ReferenceListKinds {
  removed: string;
  added: string;
  /** What the list holds and whose it is, e.g. "error of the operation". */
  noun: string;
}

/**
 * Compares two lists of references as sets. References to shapes that were
 * added, removed or renamed in the model are left to that shape's own change.
 */
export function compareReferences(
  context: CompareContext,
  subject: ShapeId,
  before: readonly ShapeRef[] | undefined,
  after: readonly ShapeRef[] | undefined,
  kinds: ReferenceListKinds,
): ModelChange[] {
  const beforeIds = (before ?? []).map((ref) => ref.target);
  const afterIds = new Set((after ?? []).map((ref) => ref.target));
  const carried = new Set(beforeIds.map((id) => context.renames.get(id) ?? id));
  const removed = beforeIds
    .filter((id) => !afterIds.has(context.renames.get(id) ?? id) && !existenceChanged(context, id))
    .sort()
    .map((id) => breaking(kinds.removed, subject, `${kinds.noun} ${id} removed`));
  const added = [...afterIds]
    .filter((id) => !carried.has(id) && !existenceChanged(context, id))
    .sort()
    .map((id) => feature(kinds.added, subject, `${kinds.noun} ${id} added`));
  return [...removed, ...added];
}
