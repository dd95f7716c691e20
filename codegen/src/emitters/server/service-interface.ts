import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { ModelIr, OperationIr, StructureIr } from "../../ir/types.ts";
import { methodName, serverGeneratedPath } from "../../naming.ts";
import { firstParagraph } from "./docs.ts";
import { ModuleFile } from "../shared/module-file.ts";
import { runtimeSymbol, shapeType } from "./symbols.ts";
import { findStructure } from "../shared/ir-lookup.ts";

export const SERVICE_MODULE = "service";
export const SERVICE_NAMES = {
  service: "ChimeService",
  context: "ChimeRequestContext",
  operationName: "ChimeOperationName",
  operationNames: "chimeOperationNames",
} as const;

/**
 * The interface a server implements, one method per operation, typed by
 * `@chimekit/types`:
 *
 * `GetUser` gives `getUser(input: GetUserRequest, context: ChimeRequestContext<Context>):
 * Promise<GetUserResponse>;` documented with its route and errors. Operations whose output
 * has no members may also resolve to nothing (`Promise<LogoutUserResponse | void>`).
 */
export function emitServiceInterface(ir: ModelIr) {
  const file = new ModuleFile(serverGeneratedPath(SERVICE_MODULE));
  file.add(
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["Every operation of the service, by name, sorted."],
      declarations: [
        {
          name: SERVICE_NAMES.operationNames,
          initializer: `[${ir.operations.map((o) => JSON.stringify(o.name)).join(", ")}] as const`,
        },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: SERVICE_NAMES.operationName,
      type: `(typeof ${SERVICE_NAMES.operationNames})[number]`,
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: SERVICE_NAMES.context,
      docs: ["What a service method learns about the request besides its input."],
      typeParameters: [{ name: "Context", default: "unknown" }],
      extends: [
        `${file.type(runtimeSymbol("RequestContext"))}<Context, ${SERVICE_NAMES.operationName}>`,
      ],
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: SERVICE_NAMES.service,
      docs: [
        [
          `The ${ir.service.title ?? ir.service.sdkId} API (${ir.service.version}) as a server implements it:`,
          "one method per operation. The server routes, reads and validates each request before the",
          "method runs, and writes what it returns (or the modeled error it throws) the way the service does.",
        ].join("\n"),
      ],
      typeParameters: [{ name: "Context", default: "unknown" }],
      methods: ir.operations.map((operation) => ({
        name: methodName(operation.name),
        docs: [methodDoc(operation)],
        parameters: [
          { name: "input", type: file.type(shapeType(operation.input)) },
          { name: "context", type: `${SERVICE_NAMES.context}<Context>` },
        ],
        returnType: `Promise<${file.type(shapeType(operation.output))}${isEmpty(findStructure(ir, operation.output)) ? " | void" : ""}>`,
      })),
    },
  );
  return file.toFile();
}

function isEmpty(structure: StructureIr | undefined): boolean {
  return structure !== undefined && structure.members.length === 0;
}

function methodDoc(operation: OperationIr): string {
  const lines = [
    firstParagraph(operation.documentation) ?? operation.name,
    "",
    `\`${operation.http.method} ${operation.http.uri}\`, answered ${operation.http.code} on success.`,
  ];
  if (operation.errors.length > 0)
    lines.push(`Errors: ${operation.errors.map((e) => `\`${e}\``).join(", ")}.`);
  return lines.join("\n");
}
