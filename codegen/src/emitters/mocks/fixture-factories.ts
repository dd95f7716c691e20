import {
  printStructure,
  StructureKind,
  VariableDeclarationKind,
  Writers,
  type WriterFunction,
} from "ts-morph";
import type { GeneratedFile } from "../../emit/emitter.ts";
import { BLANK_LINE } from "./table-file.ts";
import type { ModelIr } from "../../ir/types.ts";
import { factoryName, generatedHeader, mocksGeneratedPath } from "../../naming.ts";

/**
 * `fake`: one factory per structure, typed by `@chimekit/types`, over the
 * hand-written generator in `packages/mocks/src/fake/`. `User` gives
 * `user: (overrides?: Partial<User>, options?: FakeOptions): User => fakeStructure("User", overrides, options)`.
 */
export function fixtureFactories(ir: ModelIr): GeneratedFile {
  const path = mocksGeneratedPath("factories");
  const names = ir.structures.map((structure) => structure.name);
  const factories: Record<string, WriterFunction> = {};
  for (const name of names) {
    factories[factoryName(name)] = (writer) =>
      writer.write(
        `(overrides?: Partial<${name}>, options?: FakeOptions): ${name} => fakeStructure<${name}>(${JSON.stringify(name)}, overrides, options)`,
      );
  }
  const text = printStructure({
    kind: StructureKind.SourceFile,
    statements: [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "@chimekit/types",
        isTypeOnly: true,
        namedImports: names,
      },
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "../fake/fake-structure.js",
        namedImports: ["fakeStructure", { name: "FakeOptions", isTypeOnly: true }],
      },
      BLANK_LINE,
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: [
          'Fixture factories, one per structure: valid against every constraint of the model, the same data for the same seed, any member overridable (`fake.user({ LicenseType: "Basic" })`).',
        ],
        declarations: [{ name: "fake", initializer: Writers.object(factories) }],
      },
    ],
  });
  return { path, contents: `${generatedHeader("ts")}\n${text}` };
}
