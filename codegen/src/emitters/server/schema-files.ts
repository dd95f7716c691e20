import { StructureKind, VariableDeclarationKind, type VariableStatementStructure } from "ts-morph";
import type { ModelIr, OperationIr, StructureIr } from "../../ir/types.ts";
import { methodName, serverGeneratedPath } from "../../naming.ts";
import type { OperationSchema } from "@chimekit/server";
import { inlineLiteral } from "../shared/literal.ts";
import { ModuleFile } from "../shared/module-file.ts";
import { generatedSymbol, runtimeSymbol } from "./symbols.ts";
import { structureSchema } from "../shared/runtime-schema.ts";

/** The structure groups, one module each: inputs, outputs, errors and the shapes they share. */
const STRUCTURE_GROUPS = [
  {
    module: "schema/inputs",
    name: "inputStructureSchemas",
    doc: "Operation inputs.",
    holds: (s: StructureIr) => s.inputOf !== undefined,
  },
  {
    module: "schema/outputs",
    name: "outputStructureSchemas",
    doc: "Operation outputs.",
    holds: (s: StructureIr) => s.outputOf !== undefined,
  },
  {
    module: "schema/errors",
    name: "errorStructureSchemas",
    doc: "Modeled errors.",
    holds: (s: StructureIr) => s.error !== undefined,
  },
  {
    module: "schema/shapes",
    name: "sharedStructureSchemas",
    doc: "Structures nested in inputs, outputs and errors.",
    holds: (s: StructureIr) =>
      s.inputOf === undefined && s.outputOf === undefined && s.error === undefined,
  },
] as const;

const ENUMS = { module: "schema/enums", name: "enumSchemas" };
const OPERATIONS = { module: "schema/operations", name: "operationSchemas" };
export const SERVICE_SCHEMA = { module: "schema/service-schema", name: "chimeServiceSchema" };

function exportedConst(
  name: string,
  type: string,
  initializer: string,
  doc: string,
): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc],
    declarations: [{ name, type, initializer }],
  };
}

/**
 * The data description the runtime is driven by, one module per concern:
 *
 * `GetUser` (GET /accounts/{AccountId}/users/{UserId}) gives, in
 * `schema/operations.ts`, `{ name: "GetUser", method: "getUser", http: { method: "GET",
 * path: "/accounts/{AccountId}/users/{UserId}", code: 200 }, input: "GetUserRequest", ... }`
 * and, in `schema/inputs.ts`, `GetUserRequest: { members: [{ name: "AccountId", required: true,
 * value: { type: "string", pattern: ".*\\S.*" }, location: { in: "label" } }, ...] }`.
 */
export function emitSchemaFiles(ir: ModelIr) {
  const files = STRUCTURE_GROUPS.map((group) => {
    const file = new ModuleFile(serverGeneratedPath(group.module));
    const schemas = Object.fromEntries(
      ir.structures.filter(group.holds).map((s) => [s.name, structureSchema(s)]),
    );
    const type = `Readonly<Record<string, ${file.type(runtimeSymbol("StructureSchema"))}>>`;
    return file.add(exportedConst(group.name, type, inlineLiteral(schemas), group.doc));
  });

  const enums = new ModuleFile(serverGeneratedPath(ENUMS.module));
  const enumValues = Object.fromEntries(
    ir.enums.map((e) => [e.name, e.values.map((v) => v.value)]),
  );
  enums.add(
    exportedConst(
      ENUMS.name,
      `${enums.type(runtimeSymbol("ServiceSchema"))}["enums"]`,
      inlineLiteral(enumValues),
      "Each enum's wire values.",
    ),
  );

  const operations = new ModuleFile(serverGeneratedPath(OPERATIONS.module));
  operations.add(
    exportedConst(
      OPERATIONS.name,
      `readonly ${operations.type(runtimeSymbol("OperationSchema"))}[]`,
      inlineLiteral(ir.operations.map(operationSchema)),
      "Every operation with its route, input, output and errors.",
    ),
  );

  const service = new ModuleFile(serverGeneratedPath(SERVICE_SCHEMA.module));
  const structures = STRUCTURE_GROUPS.map(
    (g) => `...${service.value(generatedSymbol(g.module, g.name))}`,
  );
  service.add(
    exportedConst(
      SERVICE_SCHEMA.name,
      service.type(runtimeSymbol("ServiceSchema")),
      `{ operations: ${service.value(generatedSymbol(OPERATIONS.module, OPERATIONS.name))}, structures: { ${structures.join(", ")} }, enums: ${service.value(generatedSymbol(ENUMS.module, ENUMS.name))} }`,
      `The ${ir.service.sdkId} service (${ir.service.version}) as the server runtime reads it: routes, shapes and constraints.`,
    ),
  );
  return [...files, enums, operations, service].map((f) => f.toFile());
}

function operationSchema(operation: OperationIr): OperationSchema {
  const { http } = operation;
  const query = Object.keys(http.queryLiterals).length > 0 ? { query: http.queryLiterals } : {};
  return {
    name: operation.name,
    method: methodName(operation.name),
    http: { method: http.method, path: http.path, ...query, code: http.code },
    input: operation.input,
    output: operation.output,
    errors: operation.errors,
  };
}
