import type { ModelIr, ValueIr } from "../../../ir/types.ts";
import { structureNamed } from "../../shared/ir-lookup.ts";

/**
 * What is wrong with `given` as a value of `value`, one message per broken
 * constraint (empty when it satisfies them all). Strings stand for timestamps,
 * as they do in the model's examples.
 */
export function violations(ir: ModelIr, value: ValueIr, given: unknown, where = "value"): string[] {
  const type = value.type;
  const { length, range, pattern } = value.constraints;
  const problems: string[] = [];
  const size = (n: number) => {
    if (length?.min !== undefined && n < length.min)
      problems.push(`${where}: size ${n} is below ${length.min}`);
    if (length?.max !== undefined && n > length.max)
      problems.push(`${where}: size ${n} is above ${length.max}`);
  };
  switch (type.kind) {
    case "string":
    case "blob":
      if (typeof given !== "string") return [`${where}: expected a string`];
      size([...given].length);
      if (pattern !== undefined && !new RegExp(pattern).test(given)) {
        problems.push(`${where}: ${JSON.stringify(given)} does not match ${pattern}`);
      }
      return problems;
    case "enum": {
      const shape = ir.shapes.get(type.shape);
      const allowed = shape?.kind === "enum" ? shape.values.map((v) => v.value) : [];
      return allowed.includes(given as string)
        ? []
        : [`${where}: ${JSON.stringify(given)} is not a ${type.shape}`];
    }
    case "boolean":
      return typeof given === "boolean" ? [] : [`${where}: expected a boolean`];
    case "integer":
    case "long":
    case "float":
    case "double":
      if (typeof given !== "number") return [`${where}: expected a number`];
      if (range?.min !== undefined && given < range.min)
        problems.push(`${where}: ${given} is below ${range.min}`);
      if (range?.max !== undefined && given > range.max)
        problems.push(`${where}: ${given} is above ${range.max}`);
      return problems;
    case "timestamp":
      return given instanceof Date || typeof given === "string" || typeof given === "number"
        ? []
        : [`${where}: expected a timestamp`];
    case "document":
      return [];
    case "list":
      if (!Array.isArray(given)) return [`${where}: expected an array`];
      size(given.length);
      given.forEach((item, index) =>
        problems.push(...violations(ir, type.member, item, `${where}[${index}]`)),
      );
      return problems;
    case "map":
      if (typeof given !== "object" || given === null) return [`${where}: expected an object`];
      size(Object.keys(given).length);
      for (const [key, item] of Object.entries(given)) {
        problems.push(...violations(ir, type.key, key, `${where} key`));
        problems.push(...violations(ir, type.value, item, `${where}.${key}`));
      }
      return problems;
    case "structure": {
      if (typeof given !== "object" || given === null || Array.isArray(given))
        return [`${where}: expected an object`];
      const shape = structureNamed(ir, type.shape);
      const record = given as Record<string, unknown>;
      for (const member of shape.members) {
        const item = record[member.name];
        if (item === undefined) {
          if (member.required) problems.push(`${where}.${member.name}: required but missing`);
          continue;
        }
        problems.push(...violations(ir, member, item, `${where}.${member.name}`));
      }
      for (const key of Object.keys(record)) {
        if (!shape.members.some((member) => member.name === key))
          problems.push(`${where}.${key}: not a member`);
      }
      return problems;
    }
  }
}
