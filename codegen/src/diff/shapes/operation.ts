import type { OperationShapeNode, ShapeId, ShapeRef } from "../../model/smithy-ast.ts";
import { breaking, type ModelChange } from "../change.ts";
import { sameTarget, UNIT, type CompareContext } from "../context.ts";
import { compareReferences } from "../references.ts";
import { compareTraits } from "../traits.ts";

/**
 * Operations: input and output shapes, the errors they may return, and their
 * traits (the `http` route among them). For example dropping
 * `NotFoundException` from `GetUser`'s errors is breaking: callers and servers
 * generated from the new model no longer know that error for this operation.
 */
export function compareOperation(
  context: CompareContext,
  id: ShapeId,
  before: OperationShapeNode,
  after: OperationShapeNode,
): ModelChange[] {
  return [
    ...compareIo(context, id, "input", before.input, after.input),
    ...compareIo(context, id, "output", before.output, after.output),
    ...compareReferences(context, id, before.errors, after.errors, {
      removed: "operation-error-removed",
      added: "operation-error-added",
      noun: "error",
    }),
    ...compareTraits(id, before.traits, after.traits),
  ];
}

function compareIo(
  context: CompareContext,
  id: ShapeId,
  which: "input" | "output",
  before: ShapeRef | undefined,
  after: ShapeRef | undefined,
): ModelChange[] {
  const was = before?.target ?? UNIT;
  const now = after?.target ?? UNIT;
  return sameTarget(context, was, now)
    ? []
    : [breaking(`operation-${which}-changed`, id, `${which} ${was} became ${now}`)];
}
