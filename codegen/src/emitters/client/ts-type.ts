import type { TypeRef } from "../../ir/types.ts";
import { typeExpression } from "../shared/type-expression.ts";
import type { ModuleFile } from "../shared/module-file.ts";
import { modelType } from "./symbols.ts";

/** The TypeScript type of a value in client code; enums and structures come from `@chimekit/types`. */
export function tsType(file: ModuleFile, type: TypeRef): string {
  return typeExpression(type, (shape) => file.type(modelType(shape)));
}
