import type { GeneratedFile } from "../../emit/emitter.ts";
import type { Constraints, ModelIr, StructureIr, ValueIr } from "../../ir/types.ts";
import { mocksGeneratedPath } from "../../naming.ts";
import type { LiteralObject } from "../shared/literal.ts";
import { tableFile } from "./table-file.ts";

/**
 * Every structure as the fixture factories generate it: members in model
 * order with the value each holds and its merged constraints. Enum values are
 * written inline so a factory picks from them without a second lookup.
 * `User` gives `User: { members: [{ name: "UserId", required: true, value: { type: "string" } }, ...] }`.
 */
export function fixtureShapeTable(ir: ModelIr): GeneratedFile {
  const rows: Record<string, LiteralObject> = {};
  for (const structure of ir.structures) rows[structure.name] = structureRow(ir, structure);
  return tableFile({
    path: mocksGeneratedPath("fixture-shapes"),
    name: "fixtureShapes",
    docs: "Every structure of the model with its members' values and constraints: what the fixture factories generate.",
    rows,
    keyType: {
      name: "FixtureShapeName",
      docs: "The name of a structure a fixture factory generates.",
    },
  });
}

function structureRow(ir: ModelIr, structure: StructureIr): LiteralObject {
  // A built IR already lists members in model order; the emulator's table is built from hand-made
  // IR in this emitter's unit tests too, and must keep model order whatever the list's order.
  const members = [...structure.members].sort((a, b) => a.index - b.index);
  return {
    members: members.map((member) => ({
      name: member.name,
      required: member.required || undefined,
      value: valueSpec(ir, member),
    })),
  };
}

function valueSpec(ir: ModelIr, value: ValueIr): LiteralObject {
  const { type } = value;
  switch (type.kind) {
    case "string":
      return { type: "string", ...lengthAndPattern(value.constraints) };
    case "enum": {
      const shape = ir.shapes.get(type.shape);
      const values = shape?.kind === "enum" ? shape.values.map((entry) => entry.value) : [];
      return { type: "enum", values };
    }
    case "integer":
    case "long":
    case "float":
    case "double":
      return { type: type.kind, range: bounds(value.constraints.range) };
    case "boolean":
    case "timestamp":
    case "document":
      return { type: type.kind };
    case "blob":
      return { type: "blob", length: bounds(value.constraints.length) };
    case "structure":
      return { type: "structure", shape: type.shape };
    case "list":
      return {
        type: "list",
        member: valueSpec(ir, type.member),
        length: bounds(value.constraints.length),
      };
    case "map":
      return {
        type: "map",
        key: valueSpec(ir, type.key),
        value: valueSpec(ir, type.value),
        length: bounds(value.constraints.length),
      };
  }
}

function lengthAndPattern(constraints: Constraints): LiteralObject {
  return { length: bounds(constraints.length), pattern: constraints.pattern };
}

function bounds(range: { min?: number; max?: number } | undefined): LiteralObject | undefined {
  return range ? { min: range.min, max: range.max } : undefined;
}
