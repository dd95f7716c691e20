import type { TypeRef } from "../../ir/types.ts";
import type { TypesModuleFile } from "./module-file.ts";

/**
 * The TypeScript type of a value: `Date` for timestamps, arrays for lists,
 * `Record<string, V>` for maps, named types for enums and structures.
 */
export function typeExpression(type: TypeRef, file: TypesModuleFile): string {
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
      return file.use(type.shape);
    case "list":
      return `${typeExpression(type.member.type, file)}[]`;
    case "map": {
      const record = `Record<${typeExpression(type.key.type, file)}, ${typeExpression(type.value.type, file)}>`;
      // An enum-keyed map need not hold every key.
      return type.key.type.kind === "enum" ? `Partial<${record}>` : record;
    }
  }
}
