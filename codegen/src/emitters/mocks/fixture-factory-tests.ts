import type { WriterFunction } from "ts-morph";
import type { GeneratedFile } from "../../emit/emitter.ts";
import type { ModelIr } from "../../ir/types.ts";
import { factoryName, mocksGeneratedTestPath } from "../../naming.ts";
import { ModuleFile } from "../shared/module-file.ts";
import { generated, testSupport, vitest } from "./symbols.ts";

/**
 * One test per structure: its factory's output, for two seeds, passes the
 * server's validation of that shape. A model change that a factory cannot
 * satisfy fails here. `User` gives
 * `it("User", () => { for (const seed of SEEDS) expect(shapeViolations("User", fake.user(undefined, { seed }))).toEqual([]); })`.
 */
export function fixtureFactoryTests(ir: ModelIr): GeneratedFile {
  const path = mocksGeneratedTestPath("factories");
  const file = new ModuleFile(path);
  const fake = file.value(generated.fake);
  const shapeViolations = file.value(testSupport.shapeViolations);
  const [describe, expect, it] = ["describe", "expect", "it"].map((name) =>
    file.value(vitest(name)),
  );
  const tests: WriterFunction = (writer) => {
    writer.writeLine("const SEEDS = [1, 2, 3];");
    writer
      .write(
        `${describe}("every fixture factory passes the server's validation of its shape", () => `,
      )
      .block(() => {
        for (const structure of ir.structures) {
          const call = `${fake}.${factoryName(structure.name)}(undefined, { seed })`;
          writer
            .write(`${it}(${JSON.stringify(structure.name)}, () => `)
            .block(() => {
              writer.writeLine(
                `for (const seed of SEEDS) ${expect}(${shapeViolations}(${JSON.stringify(structure.name)}, ${call})).toEqual([]);`,
              );
            })
            .write(");")
            .newLine();
        }
      });
    writer.write(");");
  };
  return file.add(tests).toFile();
}
