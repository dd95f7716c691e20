import type { Binding, MemberIr, ModelIr, OperationIr } from "../../ir/types.ts";
import type { LiteralValue } from "../shared/literal.ts";
import { reference } from "../shared/literal.ts";
import { memberSchemaFields } from "./value-schema.ts";

/**
 * The runtime `OperationSchema` of an operation, as literal data. For
 * `GetUser`: `{ name: "GetUser", method: "GET", path: ["/accounts/",
 * "AccountId", "/users/", "UserId", ""], code: 200, input: [...],
 * output: [...], errors: serviceErrors }`.
 */
export function operationSchema(
  ir: ModelIr,
  operation: OperationIr,
  serviceErrors: string,
): LiteralValue {
  const queryLiterals = operation.http.queryLiterals;
  return {
    name: operation.name,
    method: operation.http.method,
    path: splitPath(operation.http.path),
    queryLiterals: Object.keys(queryLiterals).length > 0 ? { ...queryLiterals } : undefined,
    code: operation.http.code,
    input: httpMembers(ir, operation.input),
    output: httpMembers(ir, operation.output),
    errors: reference(serviceErrors),
  };
}

/** `/accounts/{AccountId}/users` -> `["/accounts/", "AccountId", "/users"]`; `{Key+}` -> `"Key+"`. */
export function splitPath(path: string): string[] {
  return path.split(/\{([^}]+)\}/);
}

function httpMembers(ir: ModelIr, structureName: string): LiteralValue[] {
  const structure = ir.shapes.get(structureName);
  if (structure?.kind !== "structure") {
    return [];
  }
  return structure.members.map((member) => ({
    ...memberSchemaFields(member, structure.name),
    location: member.binding.location,
    locationName: locationName(member.binding),
    idempotencyToken: member.idempotencyToken || undefined,
  }));
}

function locationName(binding: Binding): string | undefined {
  return binding.location === "query" || binding.location === "header" ? binding.name : undefined;
}

/** Whether callers may omit the input entirely (`new ListAccountsCommand()`). */
export function inputIsOptional(ir: ModelIr, operation: OperationIr): boolean {
  const structure = ir.shapes.get(operation.input);
  return (
    structure?.kind !== "structure" ||
    structure.members.every((member: MemberIr) => !member.required || member.idempotencyToken)
  );
}
