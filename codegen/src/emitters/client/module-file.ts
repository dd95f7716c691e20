import { clientGeneratedPath, clientGeneratedTestPath } from "../../naming.ts";
import { ModuleFile, type SymbolRef } from "../shared/module-file.ts";

/** Where the client's generated code finds what it uses, from the repository root. */
const CLIENT_FOLDERS = {
  generated: "packages/client/src/generated",
  runtime: "packages/client/src/runtime",
  testSupport: "packages/client/test/support",
} as const;

/** A symbol of another generated client module (`models/errors`). */
export const generatedSymbol = (module: string, name: string): SymbolRef => ({
  name,
  source: { module: `${CLIENT_FOLDERS.generated}/${module}` },
});
/** A symbol of the client's hand-written runtime (`command`). */
export const runtimeSymbol = (module: string, name: string): SymbolRef => ({
  name,
  source: { module: `${CLIENT_FOLDERS.runtime}/${module}` },
});
/** A symbol of the client's hand-written test support (`cases`). */
export const testSupportSymbol = (module: string, name: string): SymbolRef => ({
  name,
  source: { module: `${CLIENT_FOLDERS.testSupport}/${module}` },
});
export const packageSymbol = (pkg: string, name: string): SymbolRef => ({
  name,
  source: { package: pkg },
});

/**
 * A generated module of the client package: `module` is its path below the folder, without
 * extension (`commands/GetUserCommand`), in `src/generated` (the package) or `test/generated`
 * (test data).
 */
export function clientModuleFile(
  module: string,
  folder: "generated" | "generatedTest" = "generated",
): ModuleFile {
  return new ModuleFile(
    folder === "generated" ? clientGeneratedPath(module) : clientGeneratedTestPath(module),
  );
}
