import type { ModelIr, OperationIr, StructureIr, ValueIr } from "../../../ir/types.ts";
import { methodName } from "../../../naming.ts";
import { structureNamed } from "../../shared/ir-lookup.ts";
import type { SampleMaker } from "../../shared/sample-values.ts";
import { tableTestFile } from "./test-file.ts";
import type { WireWriter } from "./wire.ts";

/**
 * The model's `smithy.test#httpRequestTests` and `httpResponseTests` (the
 * reference's samples), server side: each request must reach the handler as
 * the test's params, and each response test's params, returned by a handler,
 * must be written as the test's status, headers and body. Tests that apply to
 * clients only are left out.
 */
export function emitProtocolTests(ir: ModelIr, samples: SampleMaker, wire: WireWriter) {
  const typed = new ParamsReader(ir);
  const requestCases = ir.operations.flatMap((operation) =>
    operation.requestTests
      .filter((test) => test.appliesTo !== "client")
      .map((test) => ({
        id: test.id,
        operation: operation.name,
        method: methodName(operation.name),
        request: {
          method: test.method,
          path: test.uri,
          query: (test.queryParams ?? []).join("&"),
          headers: lowerCaseKeys(test.headers ?? {}),
          ...(test.body === undefined ? {} : { body: test.body }),
        },
        input: typed.structure(operation.input, test.params),
      })),
  );
  const responseCases = ir.operations.flatMap((operation: OperationIr) =>
    operation.responseTests
      .filter((test) => test.appliesTo !== "client")
      .map((test) => ({
        id: test.id,
        operation: operation.name,
        method: methodName(operation.name),
        request: wire.request(operation, samples.structure(operation.input)),
        output: typed.structure(operation.output, test.params),
        response: {
          statusCode: test.code,
          headers: lowerCaseKeys(test.headers ?? {}),
          ...(test.body === undefined || test.body === "" ? {} : { body: test.body }),
        },
      })),
  );
  return [
    tableTestFile({
      name: "protocol-requests",
      title: `the model's ${requestCases.length} httpRequestTests parse into their params`,
      runnerModule: "protocol-case",
      caseType: "RequestTestCase",
      runner: "runRequestTestCase",
      caseTitle: "$id",
      cases: requestCases,
    }),
    tableTestFile({
      name: "protocol-responses",
      title: `the model's ${responseCases.length} httpResponseTests are written from their params`,
      runnerModule: "protocol-case",
      caseType: "ResponseTestCase",
      runner: "runResponseTestCase",
      caseTitle: "$id",
      cases: responseCases,
    }),
  ];
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

/** Turns a test's params (JSON) into the values handlers see: timestamps as `Date`, blobs as bytes. */
class ParamsReader {
  constructor(private readonly ir: ModelIr) {}

  structure(name: string, params: Record<string, unknown>): Record<string, unknown> {
    const structure: StructureIr = structureNamed(this.ir, name);
    const members = new Map(structure.members.map((m) => [m.name, m]));
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(params)) {
      const member = members.get(key);
      if (!member)
        throw new Error(`Protocol test params name ${name}.${key}, which the model does not have`);
      result[key] = this.value(member, value);
    }
    return result;
  }

  value(schema: ValueIr, value: unknown): unknown {
    if (value === null || value === undefined) return value;
    const type = schema.type;
    switch (type.kind) {
      case "timestamp":
        return typeof value === "number" ? new Date(value * 1000) : new Date(value as string);
      case "blob":
        return new TextEncoder().encode(value as string);
      case "structure":
        return this.structure(type.shape, value as Record<string, unknown>);
      case "list":
        return (value as unknown[]).map((item) => this.value(type.member, item));
      case "map":
        return Object.fromEntries(
          Object.entries(value as Record<string, unknown>).map(([k, v]) => [
            k,
            this.value(type.value, v),
          ]),
        );
      default:
        return value;
    }
  }
}
