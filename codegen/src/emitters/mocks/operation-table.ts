import type { GeneratedFile } from "../../emit/emitter.ts";
import type { ModelIr } from "../../ir/types.ts";
import { methodName, mocksGeneratedPath } from "../../naming.ts";
import type { LiteralObject } from "../shared/literal.ts";
import { tableFile } from "./table-file.ts";

/**
 * Every operation with what the emulator needs to dispatch and to fail it
 * faithfully. `GetUser` (readonly, bound to `UserResource`) gives
 * `GetUser: { method: "getUser", readonly: true, resource: "UserResource", errors: ["BadRequestException", ...] }`.
 */
export function operationTable(ir: ModelIr): GeneratedFile {
  const rows: Record<string, LiteralObject> = {};
  for (const operation of ir.operations) {
    rows[operation.name] = {
      method: methodName(operation.name),
      readonly: operation.readonly,
      resource: operation.resource,
      httpCode: operation.http.code,
      errors: operation.errors,
    };
  }
  return tableFile({
    path: mocksGeneratedPath("operations"),
    name: "operationTable",
    docs: "Every operation of the model: its service method, whether it only reads, its resource, its success status and the errors it models.",
    rows,
    keyType: { name: "OperationName", docs: "The name of an operation of the model." },
  });
}
