import type { MemberIr, ModelIr, StructureIr } from "../../ir/types.ts";

/** The structure of that name; the IR is validated, so anything else is a bug in the emitter. */
export function structureNamed(ir: ModelIr, name: string): StructureIr {
  const shape = ir.shapes.get(name);
  if (shape?.kind !== "structure") throw new Error(`docs: ${name} is not a structure in the model`);
  return shape;
}

/** Members in the order the model lists them (the reference's order), not by name. */
export function byIndex(a: MemberIr, b: MemberIr): number {
  return a.index - b.index;
}
