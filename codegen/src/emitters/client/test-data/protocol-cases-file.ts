import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { GeneratedFile } from "../../../emit/emitter.ts";
import type { ModelIr, OperationIr } from "../../../ir/types.ts";
import { literal, type LiteralValue } from "../../shared/literal.ts";
import { clientModuleFile, testSupportSymbol } from "../module-file.ts";
import { generated } from "../symbols.ts";
import { sampleStructure } from "./sample-values.ts";
import { structure, structureLiteral } from "./typed-literal.ts";

/**
 * `test/generated/protocol-cases.ts`: the model's `smithy.test#httpRequestTests`
 * and `httpResponseTests` as data for the client's protocol test, with
 * timestamps typed and each case bound to its command class. Cases that
 * apply only to servers are left out.
 */
export function protocolCasesFile(ir: ModelIr): GeneratedFile {
  const file = clientModuleFile("protocol-cases", "generatedTest");
  const requestCases: LiteralValue[] = [];
  const responseCases: LiteralValue[] = [];
  for (const operation of ir.operations) {
    const command = { reference: file.value(generated.command(operation.name)) };
    for (const test of operation.requestTests.filter((t) => t.appliesTo !== "server")) {
      requestCases.push({
        id: test.id,
        documentation: test.documentation,
        command,
        params: structureLiteral(ir, structure(ir, operation.input), test.params),
        method: test.method,
        uri: test.uri,
        queryParams: test.queryParams ?? [],
        headers: test.headers ?? {},
        body: test.body,
      });
    }
    for (const test of operation.responseTests.filter((t) => t.appliesTo !== "server")) {
      responseCases.push({
        id: test.id,
        documentation: test.documentation,
        command,
        input: validInput(ir, operation),
        code: test.code,
        headers: test.headers ?? {},
        body: test.body,
        params: structureLiteral(ir, structure(ir, operation.output), test.params),
      });
    }
  }
  file.add(
    casesStatement(
      "requestCases",
      file.type(testSupportSymbol("cases", "RequestCase")),
      requestCases,
    ),
    casesStatement(
      "responseCases",
      file.type(testSupportSymbol("cases", "ResponseCase")),
      responseCases,
    ),
  );
  return file.toFile();
}

function validInput(ir: ModelIr, operation: OperationIr): LiteralValue {
  const input = structure(ir, operation.input);
  return structureLiteral(ir, input, sampleStructure(ir, input));
}

function casesStatement(name: string, type: string, cases: LiteralValue[]) {
  return {
    kind: StructureKind.VariableStatement as const,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name, type: `${type}[]`, initializer: literal(cases) }],
  };
}
