import type { MemberNode, ShapeNode } from "../../model/smithy-ast.ts";
import { PRELUDE } from "./shape-ids.ts";

export type ShapeLookup = (id: string) => ShapeNode | undefined;

function traitsOf(member: MemberNode, shape: ShapeNode | undefined): Record<string, unknown> {
  return { ...(shape?.traits ?? {}), ...(member.traits ?? {}) };
}

function checkLength(
  size: number,
  traits: Record<string, unknown>,
  path: string,
  errors: string[],
): void {
  const length = traits["smithy.api#length"] as { min?: number; max?: number } | undefined;
  if (length?.min !== undefined && size < length.min)
    errors.push(`${path}: shorter than ${length.min}`);
  if (length?.max !== undefined && size > length.max)
    errors.push(`${path}: longer than ${length.max}`);
}

/**
 * Checks a sample value against the model, as Smithy checks example and protocol-test params:
 * types, enum values, required members, unknown members, and the length/range/pattern constraints.
 * Returns the problems found; an empty list means the value is valid.
 */
export function validateNode(
  value: unknown,
  member: MemberNode,
  lookup: ShapeLookup,
  path: string,
): string[] {
  const errors: string[] = [];
  visit(value, member, lookup, path, errors);
  return errors;
}

function visit(
  value: unknown,
  member: MemberNode,
  lookup: ShapeLookup,
  path: string,
  errors: string[],
): void {
  const shape = lookup(member.target);
  const traits = traitsOf(member, shape);
  const kind = shape?.type ?? primitiveKind(member.target);
  switch (kind) {
    case "string": {
      if (typeof value !== "string") return void errors.push(`${path}: expected a string`);
      checkLength([...value].length, traits, path, errors);
      const pattern = traits["smithy.api#pattern"] as string | undefined;
      if (pattern !== undefined && !new RegExp(pattern).test(value))
        errors.push(`${path}: does not match ${pattern}`);
      return;
    }
    case "integer": {
      if (!Number.isInteger(value)) return void errors.push(`${path}: expected an integer`);
      const range = traits["smithy.api#range"] as { min?: number; max?: number } | undefined;
      if (range?.min !== undefined && (value as number) < range.min)
        errors.push(`${path}: below ${range.min}`);
      if (range?.max !== undefined && (value as number) > range.max)
        errors.push(`${path}: above ${range.max}`);
      return;
    }
    case "boolean":
      if (typeof value !== "boolean") errors.push(`${path}: expected a boolean`);
      return;
    case "timestamp":
      if (typeof value !== "string" || Number.isNaN(Date.parse(value)))
        errors.push(`${path}: expected a date-time`);
      return;
    case "enum": {
      const values = Object.values((shape as { members: Record<string, MemberNode> }).members).map(
        (entry) => entry.traits?.["smithy.api#enumValue"],
      );
      if (!values.includes(value))
        errors.push(`${path}: ${JSON.stringify(value)} is not one of ${values.join(", ")}`);
      return;
    }
    case "list": {
      if (!Array.isArray(value)) return void errors.push(`${path}: expected a list`);
      checkLength(value.length, traits, path, errors);
      const item = (shape as { member: MemberNode }).member;
      value.forEach((entry, index) => visit(entry, item, lookup, `${path}[${index}]`, errors));
      return;
    }
    case "structure": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        return void errors.push(`${path}: expected an object`);
      }
      const members = (shape as { members?: Record<string, MemberNode> }).members ?? {};
      const record = value as Record<string, unknown>;
      for (const [name, entry] of Object.entries(record)) {
        if (!members[name]) errors.push(`${path}.${name}: not a member`);
        else visit(entry, members[name], lookup, `${path}.${name}`, errors);
      }
      for (const [name, entry] of Object.entries(members)) {
        if (entry.traits?.["smithy.api#required"] && !(name in record))
          errors.push(`${path}.${name}: required but missing`);
      }
      return;
    }
    default:
      errors.push(`${path}: cannot check a value of ${member.target}`);
  }
}

function primitiveKind(target: string): string | undefined {
  switch (target) {
    case PRELUDE.String:
      return "string";
    case PRELUDE.Integer:
      return "integer";
    case PRELUDE.Boolean:
      return "boolean";
    case PRELUDE.Timestamp:
      return "timestamp";
    default:
      return undefined;
  }
}

/**
 * Keeps only what the model defines: drops unknown members and nulls, recursively. Used on sample
 * responses, which carry members the documented shapes do not have.
 */
export function keepModeled(value: unknown, member: MemberNode, lookup: ShapeLookup): unknown {
  const shape = lookup(member.target);
  if (
    shape?.type === "structure" &&
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value)
  ) {
    const members = shape.members ?? {};
    const kept: Record<string, unknown> = {};
    for (const [name, entry] of Object.entries(value as Record<string, unknown>)) {
      if (entry === null || !members[name]) continue;
      kept[name] = keepModeled(entry, members[name], lookup);
    }
    return kept;
  }
  if (shape?.type === "list" && Array.isArray(value)) {
    return value
      .filter((entry) => entry !== null)
      .map((entry) => keepModeled(entry, shape.member, lookup));
  }
  return value;
}
