import { StructureKind, VariableDeclarationKind } from "ts-morph";
import { serverGeneratedTestPath } from "../../../naming.ts";
import { inlineLiteral } from "../../shared/literal.ts";
import { ModuleFile } from "../../shared/module-file.ts";
import { testSupportSymbol } from "../symbols.ts";

const vitest = (name: string) => ({ name, source: { package: "vitest" } });

/**
 * A generated test file: a table of cases (data computed from the IR) run by
 * a hand-written runner from `test/support/<runnerModule>`, one `it` per case.
 */
export function tableTestFile(options: {
  name: string;
  title: string;
  runnerModule: string;
  caseType: string;
  runner: string;
  caseTitle: string;
  cases: readonly unknown[];
}) {
  const file = new ModuleFile(serverGeneratedTestPath(options.name));
  const caseType = file.type(testSupportSymbol(options.runnerModule, options.caseType));
  const runner = file.value(testSupportSymbol(options.runnerModule, options.runner));
  file.add({
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [
      { name: "cases", type: `${caseType}[]`, initializer: inlineLiteral(options.cases) },
    ],
  });
  file.add(
    `${file.value(vitest("describe"))}(${JSON.stringify(options.title)}, () => {\n` +
      `  ${file.value(vitest("it"))}.each(cases)(${JSON.stringify(options.caseTitle)}, ${runner});\n` +
      `});`,
  );
  return file.toFile();
}
