import type { ServiceShapeNode, ShapeId } from "../../model/smithy-ast.ts";
import { breaking, type ModelChange } from "../change.ts";
import type { CompareContext } from "../context.ts";
import { compareReferences } from "../references.ts";
import { compareTraits } from "../traits.ts";

/**
 * The service: its version (part of every signed request's target), the
 * operations and resources it binds, the errors any operation may return, and
 * its protocol and auth traits.
 */
export function compareService(
  context: CompareContext,
  id: ShapeId,
  before: ServiceShapeNode,
  after: ServiceShapeNode,
): ModelChange[] {
  const versionChange =
    before.version === after.version
      ? []
      : [
          breaking(
            "service-version-changed",
            id,
            `version ${before.version ?? "(none)"} became ${after.version ?? "(none)"}`,
          ),
        ];
  return [
    ...versionChange,
    ...compareReferences(context, id, before.operations, after.operations, {
      removed: "service-operation-removed",
      added: "service-operation-added",
      noun: "operation",
    }),
    ...compareReferences(context, id, before.resources, after.resources, {
      removed: "service-resource-removed",
      added: "service-resource-added",
      noun: "resource",
    }),
    ...compareReferences(context, id, before.errors, after.errors, {
      removed: "service-error-removed",
      added: "service-error-added",
      noun: "error",
    }),
    ...compareTraits(id, before.traits, after.traits),
  ];
}
