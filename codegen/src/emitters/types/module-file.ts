import { posix } from "node:path";
import {
  printStructure,
  StructureKind,
  type ImportDeclarationStructure,
  type StatementStructures,
} from "ts-morph";
import type { GeneratedFile } from "../../emit/emitter.ts";
import { generatedHeader, typesGeneratedPath } from "../../naming.ts";
import type { ModulePlan } from "./module-plan.ts";

/**
 * One generated module of `@chimekit/types`. Type expressions record the
 * shapes they name through `use()`, and the module's imports are derived
 * from those records.
 */
export class TypesModuleFile {
  readonly #statements: StatementStructures[] = [];
  readonly #used = new Set<string>();

  constructor(
    readonly module: string,
    private readonly plan: ModulePlan,
  ) {}

  /** Records that this module refers to the named shape's type; returns the name to write. */
  use(shape: string): string {
    if (!this.plan.has(shape))
      throw new Error(`types emitter: ${shape} has no module (it is written inline)`);
    this.#used.add(shape);
    return shape;
  }

  add(...statements: StatementStructures[]): this {
    this.#statements.push(...statements);
    return this;
  }

  toFile(): GeneratedFile {
    const path = typesGeneratedPath(this.module);
    const text = printStructure({
      kind: StructureKind.SourceFile,
      statements: [...this.#imports(), ...this.#statements],
    });
    const contents = `${generatedHeader("ts")}\n\n${text}`;
    return { path, contents };
  }

  /** One type-only import per module the recorded shapes live in, sorted by specifier. */
  #imports(): ImportDeclarationStructure[] {
    const bySpecifier = new Map<string, string[]>();
    for (const shape of this.#used) {
      const module = this.plan.get(shape) as string;
      if (module === this.module) continue;
      const specifier = relativeSpecifier(this.module, module);
      bySpecifier.set(specifier, [...(bySpecifier.get(specifier) ?? []), shape]);
    }
    return [...bySpecifier.entries()]
      .sort(([a], [b]) => compare(a, b))
      .map(([moduleSpecifier, names]) => ({
        kind: StructureKind.ImportDeclaration,
        isTypeOnly: true,
        moduleSpecifier,
        namedImports: names.sort(compare),
      }));
  }
}

/** `operations/GetUser` to `structures/User` gives `../structures/User.js` (NodeNext needs the extension). */
export function relativeSpecifier(from: string, to: string): string {
  const relative = posix.relative(posix.dirname(from), to);
  return `${relative.startsWith(".") ? relative : `./${relative}`}.js`;
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
