import type { ModelIr, StructureIr, TypeRef } from "../../../ir/types.ts";
import { reference, type LiteralValue } from "../../shared/literal.ts";

/**
 * A JSON value from the model (test params, examples) as a TypeScript
 * literal of the client's types: timestamps become `new Date(...)`, the rest
 * stays as it is. `GetUserResponse`'s `{ User: { RegisteredOn: "2018-..." } }`
 * gives `{ User: { RegisteredOn: new Date("2018-...") } }`.
 */
export function typedLiteral(ir: ModelIr, type: TypeRef, value: unknown): LiteralValue {
  if (value === null || value === undefined) {
    return reference(String(value));
  }
  switch (type.kind) {
    case "timestamp":
      return reference(
        typeof value === "number"
          ? `new Date(${value * 1000})`
          : value instanceof Date
            ? `new Date(${JSON.stringify(value.toISOString())})`
            : `new Date(${JSON.stringify(value)})`,
      );
    case "structure":
      return structureLiteral(ir, structure(ir, type.shape), value as Record<string, unknown>);
    case "list":
      return (value as unknown[]).map((item) => typedLiteral(ir, type.member.type, item));
    case "map":
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([key, item]) => [
          key,
          typedLiteral(ir, type.value.type, item),
        ]),
      );
    default:
      return plainLiteral(value);
  }
}

/** The members of a structure's value, each converted by its member's type. */
export function structureLiteral(
  ir: ModelIr,
  shape: StructureIr | undefined,
  value: Record<string, unknown>,
): LiteralValue {
  const result: Record<string, LiteralValue> = {};
  for (const [name, item] of Object.entries(value)) {
    const member = shape?.members.find((candidate) => candidate.name === name);
    result[name] = member ? typedLiteral(ir, member.type, item) : plainLiteral(item);
  }
  return result;
}

function plainLiteral(value: unknown): LiteralValue {
  if (value === null || value === undefined) {
    return reference(String(value));
  }
  if (Array.isArray(value)) {
    return value.map(plainLiteral);
  }
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, plainLiteral(item)]),
    );
  }
  return value as string | number | boolean;
}

export function structure(ir: ModelIr, name: string): StructureIr | undefined {
  const shape = ir.shapes.get(name);
  return shape?.kind === "structure" ? shape : undefined;
}
