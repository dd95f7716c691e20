import { chimeServiceSchema, type ValueSchema } from "@chimekit/server";

/**
 * Every way `value` breaks the server's schema for structure `shape`
 * (`chimeServiceSchema`, the description the server validates requests
 * and responses against): missing required members, wrong types, lengths and
 * ranges out of bounds, patterns not matched, values outside an enum. Each
 * entry names the member path and the constraint.
 */
export function shapeViolations(shape: string, value: unknown): string[] {
  const violations: string[] = [];
  checkStructure(shape, value, shape, violations);
  return violations;
}

function checkStructure(shape: string, value: unknown, path: string, out: string[]): void {
  const schema = chimeServiceSchema.structures[shape];
  if (!schema) return void out.push(`${path}: ${shape} is not a structure of the server's schema`);
  if (!isRecord(value)) return void out.push(`${path}: expected an object`);
  const known = new Set(schema.members.map((member) => member.name));
  for (const key of Object.keys(value))
    if (!known.has(key)) out.push(`${path}.${key}: not a member of ${shape}`);
  for (const member of schema.members) {
    const memberValue = value[member.name];
    if (memberValue === undefined) {
      if (member.required) out.push(`${path}.${member.name}: required`);
      continue;
    }
    checkValue(member.value, memberValue, `${path}.${member.name}`, out);
  }
}

function checkValue(schema: ValueSchema, value: unknown, path: string, out: string[]): void {
  switch (schema.type) {
    case "string":
    case "enum": {
      if (typeof value !== "string") return void out.push(`${path}: expected a string`);
      checkBounds(schema.length, [...value].length, path, "length", out);
      if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value))
        out.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
      if (schema.type === "enum" && !chimeServiceSchema.enums[schema.enum]?.includes(value))
        out.push(`${path}: ${JSON.stringify(value)} is not a value of ${schema.enum}`);
      return;
    }
    case "boolean":
      if (typeof value !== "boolean") out.push(`${path}: expected a boolean`);
      return;
    case "integer":
    case "long":
      if (!Number.isInteger(value)) return void out.push(`${path}: expected an integer`);
      checkBounds(schema.range, value as number, path, "value", out);
      return;
    case "float":
    case "double":
      if (typeof value !== "number") return void out.push(`${path}: expected a number`);
      checkBounds(schema.range, value, path, "value", out);
      return;
    case "timestamp":
      if (!(value instanceof Date) || Number.isNaN(value.getTime()))
        out.push(`${path}: expected a valid Date`);
      return;
    case "blob":
      if (!(value instanceof Uint8Array)) return void out.push(`${path}: expected bytes`);
      checkBounds(schema.length, value.length, path, "size", out);
      return;
    case "document":
      return;
    case "structure":
      return checkStructure(schema.structure, value, path, out);
    case "list":
      if (!Array.isArray(value)) return void out.push(`${path}: expected a list`);
      checkBounds(schema.length, value.length, path, "entries", out);
      value.forEach((item, index) => checkValue(schema.member, item, `${path}[${index}]`, out));
      return;
    case "map":
      if (!isRecord(value)) return void out.push(`${path}: expected a map`);
      checkBounds(schema.length, Object.keys(value).length, path, "entries", out);
      for (const [key, item] of Object.entries(value)) {
        checkValue(schema.key, key, `${path} key ${key}`, out);
        checkValue(schema.value, item, `${path}.${key}`, out);
      }
  }
}

function checkBounds(
  bounds: { min?: number; max?: number } | undefined,
  measured: number,
  path: string,
  what: string,
  out: string[],
): void {
  if (bounds?.min !== undefined && measured < bounds.min)
    out.push(`${path}: ${what} ${measured} is below ${bounds.min}`);
  if (bounds?.max !== undefined && measured > bounds.max)
    out.push(`${path}: ${what} ${measured} is above ${bounds.max}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
