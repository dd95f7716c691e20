import type { ResourceShapeNode, ShapeId, ShapeRef } from "../../model/smithy-ast.ts";
import { breaking, feature, type ModelChange } from "../change.ts";
import { sameTarget, type CompareContext } from "../context.ts";
import { compareReferences } from "../references.ts";
import { compareTraits } from "../traits.ts";

const LIFECYCLE = ["create", "put", "read", "update", "delete", "list"] as const;
const NAMED_REFERENCES = ["identifiers", "properties"] as const;
const REFERENCE_LISTS = ["operations", "collectionOperations", "resources"] as const;

/**
 * Resources group operations around identifiers. Losing or retargeting an
 * identifier, property or lifecycle operation breaks; gaining one adds.
 */
export function compareResource(
  context: CompareContext,
  id: ShapeId,
  before: ResourceShapeNode,
  after: ResourceShapeNode,
): ModelChange[] {
  return [
    ...NAMED_REFERENCES.flatMap((field) =>
      compareNamedReferences(context, id, field, before[field] ?? {}, after[field] ?? {}),
    ),
    ...LIFECYCLE.flatMap((field) =>
      compareNamedReferences(
        context,
        id,
        "lifecycle",
        before[field] ? { [field]: before[field] } : {},
        after[field] ? { [field]: after[field] } : {},
      ),
    ),
    ...REFERENCE_LISTS.flatMap((field) =>
      compareReferences(context, id, before[field], after[field], {
        removed: "resource-binding-removed",
        added: "resource-binding-added",
        noun: field,
      }),
    ),
    ...compareTraits(id, before.traits, after.traits),
  ];
}

function compareNamedReferences(
  context: CompareContext,
  id: ShapeId,
  field: string,
  before: Record<string, ShapeRef>,
  after: Record<string, ShapeRef>,
): ModelChange[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names.flatMap((name): ModelChange[] => {
    const was = before[name]?.target;
    const now = after[name]?.target;
    if (was === undefined) {
      return [feature("resource-binding-added", id, `${field} ${name} (${now}) added`)];
    }
    if (now === undefined) {
      return [breaking("resource-binding-removed", id, `${field} ${name} (${was}) removed`)];
    }
    return sameTarget(context, was, now)
      ? []
      : [breaking("resource-binding-changed", id, `${field} ${name}: ${was} became ${now}`)];
  });
}
