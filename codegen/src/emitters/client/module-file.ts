import { posix } from "node:path";
import {
  printStructure,
  type ExportDeclarationStructure,
  type ImportDeclarationStructure,
  type StatementStructures,
  StructureKind,
} from "ts-morph";
import type { GeneratedFile } from "../../emit/emitter.ts";
import { clientGeneratedPath, clientGeneratedTestPath, generatedHeader } from "../../naming.ts";

/**
 * Where a symbol a generated module uses comes from: another generated
 * module (`models/errors`), a hand-written runtime module (`command`), a
 * hand-written test support module (`protocol-case`), a generated test module,
 * or a package (`@chimekit/types`).
 */
export type SymbolSource =
  | { kind: "generated"; module: string }
  | { kind: "runtime"; module: string }
  | { kind: "testSupport"; module: string }
  | { kind: "generatedTest"; module: string }
  | { kind: "package"; name: string };

/** The folder of each source kind, relative to the client package's root. */
const SOURCE_FOLDERS = {
  generated: "src/generated",
  runtime: "src/runtime",
  testSupport: "test/support",
  generatedTest: "test/generated",
} as const;

export interface SymbolRef {
  name: string;
  source: SymbolSource;
}

export const generatedSymbol = (module: string, name: string): SymbolRef => ({
  name,
  source: { kind: "generated", module },
});
export const runtimeSymbol = (module: string, name: string): SymbolRef => ({
  name,
  source: { kind: "runtime", module },
});
export const testSupportSymbol = (module: string, name: string): SymbolRef => ({
  name,
  source: { kind: "testSupport", module },
});
export const packageSymbol = (pkg: string, name: string): SymbolRef => ({
  name,
  source: { kind: "package", name: pkg },
});

/**
 * One generated module of the client package. Statements record the symbols
 * they use through `value()` and `type()`, and the imports are derived from
 * those records, so no emitter keeps an import list by hand.
 */
export class ModuleFile {
  readonly #statements: (string | StatementStructures)[] = [];
  /** Module specifier -> symbol name -> whether it is only used as a type. */
  readonly #imports = new Map<string, Map<string, boolean>>();
  /** Set while ts-morph prints: symbols recorded then would miss their imports. */
  #printing = false;
  /** Module specifier -> exported name -> re-export details. */
  readonly #exports = new Map<string, Map<string, { name: string; typeOnly: boolean }>>();

  /**
   * `module` is the path below its folder, without extension
   * (`commands/GetUserCommand`); `kind` says which generated folder:
   * `src/generated` (the package) or `test/generated` (test data).
   */
  constructor(
    readonly module: string,
    readonly kind: "generated" | "generatedTest" = "generated",
  ) {}

  /** Uses a symbol as a value (and maybe as a type); returns its name. */
  value(symbol: SymbolRef): string {
    return this.#use(symbol, false);
  }

  /** Uses a symbol only as a type; returns its name. */
  type(symbol: SymbolRef): string {
    return this.#use(symbol, true);
  }

  /** Re-exports a symbol from its module, under `alias` when given. */
  reexport(symbol: SymbolRef, options: { typeOnly?: boolean; alias?: string } = {}): this {
    const specifier = this.#specifier(symbol.source);
    if (specifier === null) {
      throw new Error(`client emitter: ${this.module} cannot re-export its own ${symbol.name}`);
    }
    const names = this.#exports.get(specifier) ?? new Map();
    this.#exports.set(specifier, names);
    names.set(options.alias ?? symbol.name, {
      name: symbol.name,
      typeOnly: options.typeOnly ?? false,
    });
    return this;
  }

  add(...statements: (string | StatementStructures)[]): this {
    this.#statements.push(...statements);
    return this;
  }

  toFile(): GeneratedFile {
    const path =
      this.kind === "generated"
        ? clientGeneratedPath(this.module)
        : clientGeneratedTestPath(this.module);
    const imports = this.#importStructures();
    this.#printing = true;
    const text = printStructure({
      kind: StructureKind.SourceFile,
      statements: [...imports, ...this.#statements, ...this.#exportStructures()],
    });
    const contents = `${generatedHeader("ts")}\n${text}`;
    return { path, contents };
  }

  #use(symbol: SymbolRef, typeOnly: boolean): string {
    if (this.#printing) {
      throw new Error(
        `client emitter: ${this.module} used ${symbol.name} inside a writer; record symbols before printing`,
      );
    }
    const specifier = this.#specifier(symbol.source);
    if (specifier === null) {
      return symbol.name;
    }
    const names = this.#imports.get(specifier) ?? new Map<string, boolean>();
    this.#imports.set(specifier, names);
    names.set(symbol.name, (names.get(symbol.name) ?? true) && typeOnly);
    return symbol.name;
  }

  /** The import specifier of a source, or `null` when the symbol is declared in this module. */
  #specifier(source: SymbolSource): string | null {
    if (source.kind === "package") {
      return source.name;
    }
    if (source.kind === this.kind && source.module === this.module) {
      return null;
    }
    return relativeSpecifier(
      `${SOURCE_FOLDERS[this.kind]}/${this.module}`,
      `${SOURCE_FOLDERS[source.kind]}/${source.module}`,
    );
  }

  #importStructures(): ImportDeclarationStructure[] {
    return [...this.#imports.entries()]
      .sort(([a], [b]) => compareSpecifiers(a, b))
      .map(([moduleSpecifier, names]) => {
        const sorted = [...names.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        const typeOnly = sorted.every(([, onlyType]) => onlyType);
        return {
          kind: StructureKind.ImportDeclaration,
          moduleSpecifier,
          isTypeOnly: typeOnly,
          namedImports: sorted.map(([name, onlyType]) => ({
            name,
            isTypeOnly: !typeOnly && onlyType,
          })),
        };
      });
  }

  #exportStructures(): ExportDeclarationStructure[] {
    return [...this.#exports.entries()]
      .sort(([a], [b]) => compareSpecifiers(a, b))
      .map(([moduleSpecifier, names]) => {
        const sorted = [...names.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        const typeOnly = sorted.every(([, entry]) => entry.typeOnly);
        return {
          kind: StructureKind.ExportDeclaration,
          moduleSpecifier,
          isTypeOnly: typeOnly,
          namedExports: sorted.map(([alias, entry]) => ({
            name: entry.name,
            alias: alias === entry.name ? undefined : alias,
            isTypeOnly: !typeOnly && entry.typeOnly,
          })),
        };
      });
  }
}

/** The specifier from module `from` to module `target`, both relative to the package root. */
function relativeSpecifier(from: string, target: string): string {
  const relative = posix.relative(posix.dirname(from), target);
  return `${relative.startsWith(".") ? relative : `./${relative}`}.js`;
}

/** Packages first, then relative modules, each alphabetically. */
function compareSpecifiers(a: string, b: string): number {
  const aRelative = a.startsWith(".");
  const bRelative = b.startsWith(".");
  if (aRelative !== bRelative) {
    return aRelative ? 1 : -1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
