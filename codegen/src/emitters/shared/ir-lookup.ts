import type { ModelIr, OperationIr, ResourceIr, StructureIr } from "../../ir/types.ts";

/**
 * Look-ups by name into the IR, for every emitter. Shapes are indexed by `ModelIr.shapes`;
 * operations and resources are indexed here once per IR (an IR is not changed once built).
 */
interface Indexes {
  operations: ReadonlyMap<string, OperationIr>;
  resources: ReadonlyMap<string, ResourceIr>;
}

const built = new WeakMap<ModelIr, Indexes>();

function indexesOf(ir: ModelIr): Indexes {
  let indexes = built.get(ir);
  if (indexes === undefined) {
    indexes = {
      operations: new Map(ir.operations.map((operation) => [operation.name, operation])),
      resources: new Map(ir.resources.map((resource) => [resource.name, resource])),
    };
    built.set(ir, indexes);
  }
  return indexes;
}

/** The structure of that name, or undefined when the model has none by that name. */
export function findStructure(ir: ModelIr, name: string): StructureIr | undefined {
  const shape = ir.shapes.get(name);
  return shape?.kind === "structure" ? shape : undefined;
}

/** The operation of that name, or undefined when the name is missing or unknown. */
export function findOperation(ir: ModelIr, name: string | undefined): OperationIr | undefined {
  return name === undefined ? undefined : indexesOf(ir).operations.get(name);
}

/** The resource of that name, or undefined when the name is missing or unknown. */
export function findResource(ir: ModelIr, name: string | undefined): ResourceIr | undefined {
  return name === undefined ? undefined : indexesOf(ir).resources.get(name);
}

/**
 * The structure of that name, for an emitter that needs it: the IR is validated, so a missing
 * one is a bug in the emitter, named by `usedBy` (the shape or operation that refers to it).
 */
export function structureNamed(ir: ModelIr, name: string, usedBy = "an emitter"): StructureIr {
  const structure = findStructure(ir, name);
  if (structure === undefined) {
    throw new Error(`${usedBy} refers to structure ${name}, which the IR lacks`);
  }
  return structure;
}
