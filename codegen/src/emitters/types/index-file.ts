import { StructureKind, type ExportDeclarationStructure } from "ts-morph";
import type { ModelIr } from "../../ir/types.ts";
import { compare, relativeSpecifier } from "./module-file.ts";
import type { ModulePlan } from "./module-plan.ts";

/**
 * The package root's explicit exports, one declaration per module: enums
 * export their const object and type (a plain export), every other shape
 * only its type. Naming each export keeps changes to the public surface visible in review.
 */
export function indexExports(ir: ModelIr, plan: ModulePlan): ExportDeclarationStructure[] {
  const byModule = new Map<string, string[]>();
  for (const [shape, module] of plan)
    byModule.set(module, [...(byModule.get(module) ?? []), shape]);
  return [...byModule.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([module, names]) => ({
      kind: StructureKind.ExportDeclaration,
      isTypeOnly: names.every((name) => ir.shapes.get(name)?.kind !== "enum"),
      moduleSpecifier: relativeSpecifier("index", module),
      namedExports: names.sort(compare),
    }));
}
