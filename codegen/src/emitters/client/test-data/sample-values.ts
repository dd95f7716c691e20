import type { MemberIr, ModelIr, StructureIr, TypeRef } from "../../../ir/types.ts";
import { structure } from "./typed-literal.ts";

/** The timestamp every sample uses; its milliseconds check that fractions survive. */
export const SAMPLE_TIMESTAMP = new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 678));

/**
 * A value for every member of a structure, derived only from the model so it
 * is the same on every run. Labels get characters that must be
 * percent-encoded (`/`, `+`, a space, `é`), so the path encoding is exercised.
 */
export function sampleStructure(
  ir: ModelIr,
  shape: StructureIr | undefined,
  which: "all" | "required" = "all",
): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const member of shape ? shape.members : []) {
    if (which === "all" || member.required) {
      value[member.name] = sampleMember(ir, member);
    }
  }
  return value;
}

function sampleMember(ir: ModelIr, member: MemberIr): unknown {
  if (member.binding.location === "label") {
    return `${member.name} 1/+é`;
  }
  if (member.idempotencyToken) {
    return `${member.name}-token`;
  }
  return sampleValue(ir, member.type, member.name, member.constraints.range);
}

function sampleValue(
  ir: ModelIr,
  type: TypeRef,
  name: string,
  range?: { min?: number; max?: number },
): unknown {
  switch (type.kind) {
    case "string":
      return `${name}-1`;
    case "enum": {
      const shape = ir.shapes.get(type.shape);
      return shape?.kind === "enum" ? shape.values[0]?.value : name;
    }
    case "boolean":
      return true;
    case "integer":
    case "long":
      return Math.min(Math.max(range?.min ?? 7, 7), range?.max ?? 7);
    case "float":
    case "double":
      return 2.5;
    case "timestamp":
      return SAMPLE_TIMESTAMP;
    case "document":
      return { [name]: "document" };
    case "blob":
      return `${name}-blob`;
    case "structure":
      return sampleStructure(ir, structure(ir, type.shape));
    case "list":
      return [1, 2].map((index) =>
        sampleValue(ir, type.member.type, `${name}${index}`, type.member.constraints.range),
      );
    case "map":
      return { [`${name}Key`]: sampleValue(ir, type.value.type, name) };
  }
}
