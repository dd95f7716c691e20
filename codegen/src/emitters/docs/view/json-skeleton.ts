import type { MemberIr, ModelIr, ValueIr } from "../../../ir/types.ts";

const INDENT = "  ";

/**
 * The shape of a JSON body with type names in place of values, as the
 * reference writes its request and response syntax:
 *
 *     { "Email": "string", "Tags": [ { "Key": "string" } ], "Enabled": boolean }
 *
 * spread over lines. Structures that contain themselves stop at `{ ... }`.
 */
export function jsonSkeleton(ir: ModelIr, members: MemberIr[]): string {
  return objectSkeleton(ir, members.map(bodyEntry), 0, new Set());
}

interface Entry {
  key: string;
  value: ValueIr;
}

function bodyEntry(member: MemberIr): Entry {
  const key = member.binding.location === "body" ? member.binding.jsonName : member.name;
  return { key, value: member };
}

function objectSkeleton(ir: ModelIr, entries: Entry[], depth: number, open: Set<string>): string {
  if (entries.length === 0) return "{ }";
  const inner = INDENT.repeat(depth + 1);
  const lines = entries.map(
    (entry) =>
      `${inner}${JSON.stringify(entry.key)}: ${valueSkeleton(ir, entry.value, depth + 1, open)}`,
  );
  return `{\n${lines.join(",\n")}\n${INDENT.repeat(depth)}}`;
}

function valueSkeleton(ir: ModelIr, value: ValueIr, depth: number, open: Set<string>): string {
  const type = value.type;
  switch (type.kind) {
    case "string":
    case "enum":
    case "blob":
      return '"string"';
    case "timestamp":
      return type.format === "epoch-seconds" ? "number" : '"string"';
    case "boolean":
      return "boolean";
    case "integer":
    case "long":
    case "float":
    case "double":
      return "number";
    case "document":
      return "JSON value";
    case "list": {
      const inner = INDENT.repeat(depth + 1);
      return `[\n${inner}${valueSkeleton(ir, type.member, depth + 1, open)}\n${INDENT.repeat(depth)}]`;
    }
    case "map": {
      const inner = INDENT.repeat(depth + 1);
      return `{\n${inner}"string": ${valueSkeleton(ir, type.value, depth + 1, open)}\n${INDENT.repeat(depth)}}`;
    }
    case "structure": {
      const shape = ir.shapes.get(type.shape);
      if (shape?.kind !== "structure" || open.has(type.shape)) return "{ ... }";
      const nested = new Set(open).add(type.shape);
      return objectSkeleton(ir, shape.members.map(bodyEntry), depth, nested);
    }
  }
}
