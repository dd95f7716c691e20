import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { GeneratedFile } from "../../../emit/emitter.ts";
import type { ModelIr, OperationIr } from "../../../ir/types.ts";
import { itemIteratorName, methodName, paginatorName } from "../../../naming.ts";
import { literal, reference, type LiteralValue } from "../../shared/literal.ts";
import { clientModuleFile, testSupportSymbol } from "../module-file.ts";
import { generated } from "../symbols.ts";
import { sampleStructure } from "./sample-values.ts";
import { structure, structureLiteral } from "./typed-literal.ts";
import type { ModuleFile } from "../../shared/module-file.ts";

/**
 * `test/generated/operation-samples.ts`: for every operation, an input with
 * every member set, one with only the required members, and a response carrying every output member, with the
 * command, aggregated method and paginator that reach it. The interop and
 * reachability tests iterate over it, so a new operation is covered as soon
 * as it is in the model.
 */
export function samplesFile(ir: ModelIr): GeneratedFile {
  const file = clientModuleFile("operation-samples", "generatedTest");
  const samples = ir.operations.map((operation) => operationSample(file, ir, operation));
  file.add({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [
      {
        name: "operationSamples",
        type: `${file.type(testSupportSymbol("cases", "OperationSample"))}[]`,
        initializer: literal(samples),
      },
    ],
  });
  return file.toFile();
}

function operationSample(file: ModuleFile, ir: ModelIr, operation: OperationIr): LiteralValue {
  const input = structure(ir, operation.input);
  const output = structure(ir, operation.output);
  const responseBody = sampleStructure(ir, output);
  const pagination = operation.paginated;
  if (pagination) {
    delete responseBody[pagination.outputToken];
  }
  // A 204 carries no body whatever the output declares (PutRetentionSettings declares members).
  const hasBody =
    operation.http.code !== 204 &&
    (output?.members.some((member) => member.binding.location === "body") ?? false);
  return {
    operation: operation.name,
    command: reference(file.value(generated.command(operation.name))),
    method: methodName(operation.name),
    input: structureLiteral(ir, input, sampleStructure(ir, input)),
    requiredInput: structureLiteral(ir, input, sampleStructure(ir, input, "required")),
    http: {
      method: operation.http.method,
      path: operation.http.path,
      queryLiterals: { ...operation.http.queryLiterals },
    },
    response: {
      statusCode: operation.http.code,
      body: hasBody ? JSON.stringify(responseBody) : undefined,
    },
    pagination: pagination && {
      paginateMethod: paginatorName(operation.name),
      itemsMethod: pagination.items && itemIteratorName(operation.name),
      paginate: reference(file.value(generated.paginator(operation.name))),
      items: pagination.items && reference(file.value(generated.itemIterator(operation.name))),
      itemsMember: pagination.items,
    },
  };
}
