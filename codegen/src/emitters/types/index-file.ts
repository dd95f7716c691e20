import type { GeneratedFile } from "../../emit/emitter.ts";
import type { ModelIr } from "../../ir/types.ts";
import { shapeSymbol, typesModuleFile } from "./module-file.ts";
import type { ModulePlan } from "./module-plan.ts";

/**
 * The package root's explicit exports, one declaration per module: enums
 * export their const object and type (a plain export), every other shape
 * only its type. Naming each export keeps changes to the public surface visible in review.
 */
export function indexFile(ir: ModelIr, plan: ModulePlan): GeneratedFile {
  const index = typesModuleFile("index");
  for (const shape of plan.keys()) {
    index.reexport(shapeSymbol(plan, shape), {
      typeOnly: ir.shapes.get(shape)?.kind !== "enum",
    });
  }
  return index.toFile();
}
