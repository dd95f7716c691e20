import { printStructure, StructureKind, type WriterFunction } from "ts-morph";
import type { GeneratedFile } from "../../emit/emitter.ts";
import type { ModelIr } from "../../ir/types.ts";
import { factoryName, generatedHeader, mocksGeneratedTestPath } from "../../naming.ts";

/**
 * One test per structure: its factory's output, for two seeds, passes the
 * server's validation of that shape. A model change that a factory cannot
 * satisfy fails here. `User` gives
 * `it("User", () => { for (const seed of SEEDS) expect(shapeViolations("User", fake.user(undefined, { seed }))).toEqual([]); })`.
 */
export function fixtureFactoryTests(ir: ModelIr): GeneratedFile {
  const path = mocksGeneratedTestPath("factories");
  const imports = [
    { moduleSpecifier: "vitest", namedImports: ["describe", "expect", "it"] },
    { moduleSpecifier: "../../src/generated/factories.js", namedImports: ["fake"] },
    {
      moduleSpecifier: "../helpers/support/shape-violations.js",
      namedImports: ["shapeViolations"],
    },
  ];
  const tests: WriterFunction = (writer) => {
    writer.writeLine("const SEEDS = [1, 2, 3];");
    writer
      .write(`describe("every fixture factory passes the server's validation of its shape", () => `)
      .block(() => {
        for (const structure of ir.structures) {
          const call = `fake.${factoryName(structure.name)}(undefined, { seed })`;
          writer
            .write(`it(${JSON.stringify(structure.name)}, () => `)
            .block(() => {
              writer.writeLine(
                `for (const seed of SEEDS) expect(shapeViolations(${JSON.stringify(structure.name)}, ${call})).toEqual([]);`,
              );
            })
            .write(");")
            .newLine();
        }
      });
    writer.write(");");
  };
  const text = printStructure({
    kind: StructureKind.SourceFile,
    statements: [
      ...imports.map((spec) => ({ kind: StructureKind.ImportDeclaration as const, ...spec })),
      tests,
    ],
  });
  return { path, contents: `${generatedHeader("ts")}\n${text}` };
}
