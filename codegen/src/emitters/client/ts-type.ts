import type { TypeRef } from "../../ir/types.ts";
import type { ModuleFile } from "./module-file.ts";
import { modelType } from "./symbols.ts";

/** The TypeScript type of a value in client code; enums and structures come from `@chimekit/types`. */
export function tsType(file: ModuleFile, type: TypeRef): string {
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
      return file.type(modelType(type.shape));
    case "list":
      return `${wrap(tsType(file, type.member.type))}[]`;
    case "map":
      return `Record<string, ${tsType(file, type.value.type)}>`;
  }
}

function wrap(type: string): string {
  return /^[\w.]+$/.test(type) ? type : `(${type})`;
}
