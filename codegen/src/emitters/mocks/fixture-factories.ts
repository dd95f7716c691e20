import { StructureKind, VariableDeclarationKind, Writers, type WriterFunction } from "ts-morph";
import type { GeneratedFile } from "../../emit/emitter.ts";
import type { ModelIr } from "../../ir/types.ts";
import { factoryName, mocksGeneratedPath } from "../../naming.ts";
import { ModuleFile } from "../shared/module-file.ts";
import { fakeRuntime, modelType } from "./symbols.ts";
import { BLANK_LINE } from "./table-file.ts";

/**
 * `fake`: one factory per structure, typed by `@chimekit/types`, over the
 * hand-written generator in `packages/mocks/src/fake/`. `User` gives
 * `user: (overrides?: Partial<User>, options?: FakeOptions): User => fakeStructure("User", overrides, options)`.
 */
export function fixtureFactories(ir: ModelIr): GeneratedFile {
  const file = new ModuleFile(mocksGeneratedPath("factories"));
  const fakeStructure = file.value(fakeRuntime.fakeStructure);
  const fakeOptions = file.type(fakeRuntime.FakeOptions);
  const factories: Record<string, WriterFunction> = {};
  for (const structure of ir.structures) {
    const type = file.type(modelType(structure.name));
    factories[factoryName(structure.name)] = (writer) =>
      writer.write(
        `(overrides?: Partial<${type}>, options?: ${fakeOptions}): ${type} => ${fakeStructure}<${type}>(${JSON.stringify(structure.name)}, overrides, options)`,
      );
  }
  return file
    .add(BLANK_LINE, {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        'Fixture factories, one per structure: valid against every constraint of the model, the same data for the same seed, any member overridable (`fake.user({ LicenseType: "Basic" })`).',
      ],
      declarations: [{ name: "fake", initializer: Writers.object(factories) }],
    })
    .toFile();
}
