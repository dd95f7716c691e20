import { posix } from "node:path";
import {
  type ImportDeclarationStructure,
  printStructure,
  type StatementStructures,
  StructureKind,
} from "ts-morph";
import type { GeneratedFile } from "../../emit/emitter.ts";
import { generatedHeader } from "../../naming.ts";

/**
 * Where a symbol comes from: a module of this repository (its path from the
 * repository root, without extension: `packages/server/src/runtime/index`) or
 * a package (`@chimekit/types`).
 */
export type SymbolSource = { module: string } | { package: string };

export interface SymbolRef {
  name: string;
  source: SymbolSource;
  /** The local name when it must differ from `name` (a type sharing a class's name). */
  alias?: string;
}

/**
 * One generated TypeScript module. Statements record the symbols they use
 * through `value()` and `type()`; the imports are derived from those records,
 * so no emitter keeps an import list.
 */
export class ModuleFile {
  readonly #statements: (string | StatementStructures)[] = [];
  /** Specifier -> imported name -> { alias, whether it is only used as a type }. */
  readonly #imports = new Map<string, Map<string, { alias?: string; typeOnly: boolean }>>();

  /** `path` is the file's path from the repository root, with extension. */
  constructor(readonly path: string) {}

  /** Uses a symbol as a value; returns the local name to write. */
  value(symbol: SymbolRef): string {
    return this.#use(symbol, false);
  }

  /** Uses a symbol only in type positions; returns the local name to write. */
  type(symbol: SymbolRef): string {
    return this.#use(symbol, true);
  }

  add(...statements: (string | StatementStructures)[]): this {
    this.#statements.push(...statements);
    return this;
  }

  toFile(): GeneratedFile {
    const text = printStructure({
      kind: StructureKind.SourceFile,
      statements: [...this.#importStructures(), ...this.#statements],
    });
    const contents = `${generatedHeader("ts")}\n${text}`;
    return { path: this.path, contents };
  }

  #use(symbol: SymbolRef, typeOnly: boolean): string {
    const specifier = this.#specifier(symbol.source);
    if (specifier === null) return symbol.alias ?? symbol.name;
    const names = this.#imports.get(specifier) ?? new Map();
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
