import { mocksGeneratedPath } from "../../naming.ts";
import type { SymbolRef } from "../shared/module-file.ts";

/**
 * Every symbol generated mocks code refers to, with the module that declares it: the
 * hand-written fixture generator (`packages/mocks/src/fake/`), the generated modules, the tests'
 * support and `@chimekit/types`. Emitters record these on their module file, which derives the
 * imports.
 */

const FAKE_STRUCTURE_MODULE = "packages/mocks/src/fake/fake-structure";

/** A module of the mocks package generated from the model (`factories`), from the repository root. */
const generatedModule = (module: string) => mocksGeneratedPath(module).replace(/\.ts$/, "");

export const fakeRuntime = {
  fakeStructure: { name: "fakeStructure", source: { module: FAKE_STRUCTURE_MODULE } },
  FakeOptions: { name: "FakeOptions", source: { module: FAKE_STRUCTURE_MODULE } },
} satisfies Record<string, SymbolRef>;

export const generated = {
  fake: { name: "fake", source: { module: generatedModule("factories") } },
} satisfies Record<string, SymbolRef>;

export const testSupport = {
  shapeViolations: {
    name: "shapeViolations",
    source: { module: "packages/mocks/test/helpers/support/shape-violations" },
  },
} satisfies Record<string, SymbolRef>;

/** A shape's type from `@chimekit/types`. */
export const modelType = (shape: string): SymbolRef => ({
  name: shape,
  source: { package: "@chimekit/types" },
});

/** A test function of vitest (`describe`, `expect`, `it`). */
export const vitest = (name: string): SymbolRef => ({ name, source: { package: "vitest" } });
