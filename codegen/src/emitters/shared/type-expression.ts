import type { TypeRef } from "../../ir/types.ts";

/**
 * The TypeScript type of a value: `Date` for timestamps, arrays for lists, `Record<K, V>` for maps.
 * Enums and structures are named by `nameOf`, which also records the import in the caller's file.
 */
export function typeExpression(type: TypeRef, nameOf: (shape: string) => string): string {
  switch (type.kind) {
    case "string":
      return "string";
    case "boolean":
      return "boolean";
    case "integer":
    case "long":
    case "float":
    case "double":
      return "number";
    case "timestamp":
      return "Date";
    case "blob":
      return "Uint8Array";
    case "document":
      return "unknown";
    case "enum":
    case "structure":
      return nameOf(type.shape);
    case "list":
      return `${parenthesized(typeExpression(type.member.type, nameOf))}[]`;
    case "map": {
      const record = `Record<${typeExpression(type.key.type, nameOf)}, ${typeExpression(type.value.type, nameOf)}>`;
      // An enum-keyed map need not hold every key.
      return type.key.type.kind === "enum" ? `Partial<${record}>` : record;
    }
  }
}

function parenthesized(type: string): string {
  return /^[\w.<>, ]+$/.test(type) ? type : `(${type})`;
}
