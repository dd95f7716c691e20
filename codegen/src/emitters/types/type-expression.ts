import type { TypeRef } from "../../ir/types.ts";
import { typeExpression as sharedTypeExpression } from "../shared/type-expression.ts";
import type { TypesModuleFile } from "./module-file.ts";

/** The TypeScript type of a value in the types package; named shapes are imported from their modules. */
export function typeExpression(type: TypeRef, file: TypesModuleFile): string {
  return sharedTypeExpression(type, (shape) => file.use(shape));
}
