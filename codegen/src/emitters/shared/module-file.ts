import { posix } from "node:path";
import {
  printStructure,
  StructureKind,
  type ExportDeclarationStructure,
  type ImportDeclarationStructure,
  type StatementStructures,
  type WriterFunction,
} from "ts-morph";
import type { GeneratedFile } from "../../emit/emitter.ts";
import { generatedHeader } from "../../naming.ts";

/**
 * Where a symbol comes from: a module of this repository (its path from the repository root,
 * without extension: `packages/server/src/runtime/index`) or a package (`@chimekit/types`).
 */
export type SymbolSource = { module: string } | { package: string };

export interface SymbolRef {
  name: string;
  source: SymbolSource;
  /** The local name when it must differ from `name` (a type sharing a class's name). */
  alias?: string;
}

/** What a name is used as in a module: only a type, or also a value, and under which alias. */
interface Use {
  alias?: string;
  typeOnly: boolean;
}

/**
 * One generated TypeScript module, for every TypeScript emitter. Statements record the symbols
 * they use through `value()` and `type()`; the imports are derived from those records, so no
 * emitter keeps an import list. `reexport()` adds named re-exports (for index modules).
 *
 * `file.type(shapeType("User"))` in `packages/server/src/generated/service.ts` returns `User`
 * and gives the module `import type { User } from "@chimekit/types";`.
 */
export class ModuleFile {
  readonly #statements: (string | StatementStructures | WriterFunction)[] = [];
  /** Specifier -> imported name -> its use. */
  readonly #imports = new Map<string, Map<string, Use>>();
  /** Specifier -> exported name -> the name it has in its module, and whether only as a type. */
  readonly #exports = new Map<string, Map<string, { name: string; typeOnly: boolean }>>();
  /** Set while ts-morph prints: symbols recorded then would miss their imports. */
  #printing = false;

  /**
   * `path` is the file's path from the repository root, with extension. `blankLineAfterHeader`
   * keeps the layout `@chimekit/types` has always had.
   */
  constructor(
    readonly path: string,
    private readonly options: { blankLineAfterHeader?: boolean } = {},
  ) {}

  /** Uses a symbol as a value (and maybe as a type); returns the local name to write. */
  value(symbol: SymbolRef): string {
    return this.#use(symbol, false);
  }

  /** Uses a symbol only in type positions; returns the local name to write. */
  type(symbol: SymbolRef): string {
    return this.#use(symbol, true);
  }

  /** Re-exports a symbol from its module, under `alias` when given. */
  reexport(symbol: SymbolRef, options: { typeOnly?: boolean; alias?: string } = {}): this {
    const specifier = this.#specifier(symbol.source);
    if (specifier === null) {
      throw new Error(`${this.path} cannot re-export its own ${symbol.name}`);
    }
    const names = this.#exports.get(specifier) ?? new Map();
    this.#exports.set(specifier, names);
    names.set(options.alias ?? symbol.name, {
      name: symbol.name,
      typeOnly: options.typeOnly ?? false,
    });
    return this;
  }

  add(...statements: (string | StatementStructures | WriterFunction)[]): this {
    this.#statements.push(...statements);
    return this;
  }

  toFile(): GeneratedFile {
    const imports = this.#importStructures();
    this.#printing = true;
    const text = printStructure({
      kind: StructureKind.SourceFile,
      statements: [...imports, ...this.#statements, ...this.#exportStructures()],
    });
    const separator = this.options.blankLineAfterHeader ? "\n\n" : "\n";
    return { path: this.path, contents: `${generatedHeader("ts")}${separator}${text}` };
  }

  #use(symbol: SymbolRef, typeOnly: boolean): string {
    if (this.#printing) {
      throw new Error(
        `${this.path} used ${symbol.name} inside a writer; record symbols before printing`,
      );
    }
    const specifier = this.#specifier(symbol.source);
    if (specifier === null) return symbol.alias ?? symbol.name;
    const names = this.#imports.get(specifier) ?? new Map<string, Use>();
    this.#imports.set(specifier, names);
    const previous = names.get(symbol.name);
    names.set(symbol.name, {
      alias: symbol.alias,
      typeOnly: (previous?.typeOnly ?? true) && typeOnly,
    });
    return symbol.alias ?? symbol.name;
  }

  /** The import specifier of a source, or `null` when the symbol is declared in this file. */
  #specifier(source: SymbolSource): string | null {
    if ("package" in source) return source.package;
    const self = this.path.replace(/\.ts$/, "");
    if (source.module === self) return null;
    const relative = posix.relative(posix.dirname(self), source.module);
    // NodeNext needs the extension.
    return `${relative.startsWith(".") ? relative : `./${relative}`}.js`;
  }

  #importStructures(): ImportDeclarationStructure[] {
    return [...this.#imports.entries()]
      .sort(([a], [b]) => compareSpecifiers(a, b))
      .map(([moduleSpecifier, names]) => {
        const sorted = [...names.entries()].sort(([a], [b]) => compare(a, b));
        const typeOnly = sorted.every(([, use]) => use.typeOnly);
        return {
          kind: StructureKind.ImportDeclaration,
          moduleSpecifier,
          isTypeOnly: typeOnly,
          namedImports: sorted.map(([name, use]) => ({
            name,
            alias: use.alias,
            isTypeOnly: !typeOnly && use.typeOnly,
          })),
        };
      });
  }

  #exportStructures(): ExportDeclarationStructure[] {
    return [...this.#exports.entries()]
      .sort(([a], [b]) => compareSpecifiers(a, b))
      .map(([moduleSpecifier, names]) => {
        const sorted = [...names.entries()].sort(([a], [b]) => compare(a, b));
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

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Packages first, then relative modules, each alphabetically. */
function compareSpecifiers(a: string, b: string): number {
  const aRelative = a.startsWith(".");
  const bRelative = b.startsWith(".");
  if (aRelative !== bRelative) return aRelative ? 1 : -1;
  return compare(a, b);
}
