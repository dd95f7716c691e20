import type { ServiceShapeNode, ShapeNode, SmithyModel } from "../../model/smithy-ast.ts";
import type { CorrectionLog } from "../corrections/log.ts";
import { TRAIT } from "../../model/traits.ts";
import type { ParsedReference } from "../parse/types.ts";
import { commonErrorsTraitShapes, commonErrorsTraitValue } from "./common-errors.ts";
import { buildExamples } from "./examples.ts";
import { buildErrors } from "./errors.ts";
import { resolveMember } from "./members.ts";
import { buildOperation } from "./operations.ts";
import {
  RESOURCES,
  SERVICE_OPERATIONS,
  SERVICE_RESOURCES,
  boundOperations,
  buildResource,
} from "./resources.ts";
import { SERVICE_NAME, shapeId } from "./shape-ids.ts";
import { ShapeRegistry, sortedTraits } from "./shape-registry.ts";

export const SERVICE_VERSION = "2018-05-01";

function buildService(reference: ParsedReference): ServiceShapeNode {
  return {
    type: "service",
    version: SERVICE_VERSION,
    operations: SERVICE_OPERATIONS.map((name) => ({ target: shapeId(name) })),
    resources: SERVICE_RESOURCES.map((name) => ({ target: shapeId(name) })),
    traits: sortedTraits({
      "aws.api#service": { sdkId: "Chime", endpointPrefix: "chime" },
      "aws.auth#sigv4": { name: "chime" },
      "aws.protocols#restJson1": {},
      "smithy.api#documentation": reference.documentation,
      "smithy.api#title": "Amazon Chime",
      [TRAIT.commonErrors]: commonErrorsTraitValue(reference.commonErrors),
    }),
  };
}

function checkBindings(reference: ParsedReference): void {
  const bound = boundOperations();
  const names = new Set(reference.operations.map((operation) => operation.name));
  const counts = new Map<string, number>();
  for (const name of bound) counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const name of names) {
    if (counts.get(name) !== 1)
      throw new Error(`operation ${name} is bound ${counts.get(name) ?? 0} times (expected once)`);
  }
  for (const name of counts.keys()) {
    if (!names.has(name))
      throw new Error(`a resource binds ${name}, which the reference does not define`);
  }
}

/** Builds the whole Smithy model from the parsed reference; sample repairs and losses go to `log`. */
export function buildModel(reference: ParsedReference, log: CorrectionLog): SmithyModel {
  checkBindings(reference);
  const registry = new ShapeRegistry();
  for (const dataType of reference.dataTypes) {
    const members = Object.fromEntries(
      dataType.members.map((member) => [
        member.name,
        resolveMember(member, dataType.name, registry),
      ]),
    );
    registry.define(dataType.name, {
      type: "structure",
      members,
      traits: sortedTraits({ "smithy.api#documentation": dataType.documentation }),
    });
  }
  buildErrors(reference.operations, registry);
  const shapes: Record<string, ShapeNode> = {};
  for (const operation of reference.operations) {
    shapes[shapeId(operation.name)] = buildOperation(operation, registry);
  }
  const lookup = (id: string) => registry.get(id);
  for (const operation of reference.operations) {
    const node = shapes[shapeId(operation.name)];
    node.traits = sortedTraits({ ...node.traits, ...buildExamples(operation, lookup, log) });
  }
  for (const spec of RESOURCES) shapes[shapeId(spec.name)] = buildResource(spec);
  shapes[shapeId(SERVICE_NAME)] = buildService(reference);
  Object.assign(shapes, commonErrorsTraitShapes());
  for (const [id, node] of registry.entries()) shapes[id] = node;
  const sorted = Object.fromEntries(Object.entries(shapes).sort(([a], [b]) => a.localeCompare(b)));
  return { smithy: "2.0", shapes: sorted };
}
