import { serverGeneratedPath } from "../../naming.ts";
import type { SymbolRef } from "../shared/module-file.ts";

const TYPES_PACKAGE = "@chimekit/types";
const RUNTIME_MODULE = "packages/server/src/runtime/index";
const TEST_SUPPORT_DIR = "packages/server/test/support";

/** A symbol of the server's hand-written runtime (all exported from its index). */
export function runtimeSymbol(name: string): SymbolRef {
  return { name, source: { module: RUNTIME_MODULE } };
}

/** A symbol of a generated server module (`schema/operations`). */
export function generatedSymbol(module: string, name: string): SymbolRef {
  return { name, source: { module: serverGeneratedPath(module).replace(/\.ts$/, "") } };
}

/** A shape's type from `@chimekit/types`, optionally under another local name. */
export function shapeType(name: string, alias?: string): SymbolRef {
  return { name, alias, source: { package: TYPES_PACKAGE } };
}

/** A hand-written helper of the server's tests (`test/support/<module>.ts`). */
export function testSupportSymbol(module: string, name: string): SymbolRef {
  return { name, source: { module: `${TEST_SUPPORT_DIR}/${module}` } };
}
