import type { ModelIr } from "../../../ir/types.ts";
import { methodName } from "../../../naming.ts";
import type { SampleMaker } from "../../shared/sample-values.ts";
import { tableTestFile } from "./test-file.ts";
import type { WireWriter } from "./wire.ts";

/**
 * One test per operation: a sample input written to the wire as the IR says
 * (route, query literal, bindings) must reach the service method intact, and
 * a sample output must come back with the success code and its JSON form.
 */
export function emitOperationTests(ir: ModelIr, samples: SampleMaker, wire: WireWriter) {
  const cases = ir.operations.map((operation) => {
    const input = samples.structure(operation.input);
    const output = samples.structure(operation.output);
    return {
      operation: operation.name,
      method: methodName(operation.name),
      request: wire.request(operation, input),
      input,
      output,
      response: { statusCode: operation.http.code, body: wire.responseBody(operation, output) },
    };
  });
  return tableTestFile({
    name: "operations",
    title: `each of the ${cases.length} operations is routed, reads its input and writes its output`,
    runnerModule: "operation-case",
    caseType: "OperationCase",
    runner: "runOperationCase",
    caseTitle: "$operation",
    cases,
  });
}
