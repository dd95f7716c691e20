import type { StatementStructures } from "ts-morph";
import type { GeneratedFile } from "../../emit/emitter.ts";
import { typesGeneratedPath } from "../../naming.ts";
import { ModuleFile, type SymbolRef } from "../shared/module-file.ts";
import type { ModulePlan } from "./module-plan.ts";

/** A module of `@chimekit/types`, as `@chimekit/types` has always laid it out (a blank line after the header). */
export function typesModuleFile(module: string): ModuleFile {
  return new ModuleFile(typesGeneratedPath(module), { blankLineAfterHeader: true });
}

/** A named shape's type, in the module the plan gives it. */
export function shapeSymbol(plan: ModulePlan, shape: string): SymbolRef {
  const module = plan.get(shape);
  if (module === undefined)
    throw new Error(`types emitter: ${shape} has no module (it is written inline)`);
  return { name: shape, source: { module: typesGeneratedPath(module).replace(/\.ts$/, "") } };
}

/**
 * One generated module of `@chimekit/types`. Type expressions record the shapes they name
 * through `use()`, and the module's imports are derived from those records.
 */
export class TypesModuleFile {
  readonly #file: ModuleFile;

  constructor(
    module: string,
    private readonly plan: ModulePlan,
  ) {
    this.#file = typesModuleFile(module);
  }

  /** Records that this module refers to the named shape's type; returns the name to write. */
  use(shape: string): string {
    return this.#file.type(shapeSymbol(this.plan, shape));
  }

  add(...statements: StatementStructures[]): this {
    this.#file.add(...statements);
    return this;
  }

  toFile(): GeneratedFile {
    return this.#file.toFile();
  }
}
