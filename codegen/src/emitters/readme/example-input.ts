import type { ModelIr, OperationIr, StructureIr } from "../../ir/types.ts";
import { sampleInput } from "../docs/examples/sample-input.ts";
import { SampleMaker, type SampleValue } from "../shared/sample-values.ts";

/** One required member of an example input, its value written as TypeScript. */
export interface ExampleMember {
  name: string;
  /** `"12a3456b-…"`, `10`, `new Date("…")`. */
  value: string;
}

/**
 * The required members of an operation's input with values that meet the
 * model's constraints (the model's own example values when they do), as the
 * docs pages use them. `GetUser` gives `AccountId` and `UserId`.
 */
export function requiredExampleMembers(ir: ModelIr, operation: OperationIr): ExampleMember[] {
  return sampleInput(ir, operation)
    .filter((entry) => entry.member.required)
    .map((entry) => ({ name: entry.member.name, value: typescriptValue(entry.value) }));
}

/** The required members of a structure (`User` gives `UserId`), with valid values. */
export function requiredShapeMembers(ir: ModelIr, shape: StructureIr): ExampleMember[] {
  const samples = new SampleMaker(ir, "example");
  return shape.members
    .filter((member) => member.required)
    .map((member) => ({
      name: member.name,
      value: typescriptValue(samples.member(shape.name, member)!),
    }));
}

/** `[{ name: "UserId", value: '"u-1"' }]` -> `{ UserId: "u-1" }`; no members gives `{}`. */
export function objectLiteral(members: readonly ExampleMember[]): string {
  if (members.length === 0) return "{}";
  return `{ ${members.map((member) => `${propertyKey(member.name)}: ${member.value}`).join(", ")} }`;
}

function typescriptValue(value: SampleValue): string {
  if (value instanceof Date) return `new Date(${JSON.stringify(value.toISOString())})`;
  if (Array.isArray(value)) return `[${value.map(typescriptValue).join(", ")}]`;
  if (typeof value === "object") {
    return objectLiteral(
      Object.entries(value).map(([name, member]) => ({ name, value: typescriptValue(member) })),
    );
  }
  return JSON.stringify(value);
}

function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

/** `Basic` -> `.Basic`, `not-an-identifier` -> `["not-an-identifier"]`. */
export function propertyAccess(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}
