import { type ExportDeclarationStructure, type OptionalKind, StructureKind } from "ts-morph";
import type { ModelIr } from "../../ir/types.ts";
import { serverGeneratedPath } from "../../naming.ts";
import { ERRORS_MODULE } from "./error-classes.ts";
import { HANDLER_MODULE, HANDLER_NAMES } from "./handler-factories.ts";
import { ModuleFile } from "../shared/module-file.ts";
import { SERVICE_SCHEMA } from "./schema-files.ts";
import { SERVICE_MODULE, SERVICE_NAMES } from "./service-interface.ts";

/** The hand-written runtime's public surface, re-exported by name from the package root. */
const RUNTIME_EXPORTS: Record<string, "value" | "type"> = {
  ChimeServiceError: "value",
  ChimeErrorSpec: "type",
  ChimeHttpRequest: "type",
  ChimeHttpResponse: "type",
  ChimeHandler: "type",
  ChimeHandlerOptions: "type",
  ChimeRequestEvent: "type",
  ChimeResponseEvent: "type",
  ChimeAuthOptions: "type",
  ChimeCredentials: "type",
  ChimeCredentialsLookup: "type",
  ChimeIdentity: "type",
  ChimeNodeAdapterOptions: "type",
  ChimeFetchAdapterOptions: "type",
  toRequestListener: "value",
  ServiceSchema: "type",
  OperationSchema: "type",
  StructureSchema: "type",
  MemberSchema: "type",
  MemberLocation: "type",
  ValueSchema: "type",
  Bounds: "type",
  HttpMethod: "type",
  TimestampFormat: "type",
  createStructureValidator: "value",
  StructureValidator: "type",
};

/** The package root: every public name, generated and hand-written, exported explicitly. */
export function emitIndexFile(ir: ModelIr) {
  const file = new ModuleFile(serverGeneratedPath("index"));
  const exports = (
    module: string,
    names: Record<string, "value" | "type">,
  ): OptionalKind<ExportDeclarationStructure> & { kind: StructureKind.ExportDeclaration } => ({
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier: module,
    namedExports: Object.keys(names)
      .sort()
      .map((name) => ({ name, isTypeOnly: names[name] === "type" })),
  });
  file.add(
    exports(
      `./${ERRORS_MODULE}.js`,
      Object.fromEntries(ir.errors.map((e) => [e.name, "value" as const])),
    ),
    exports(`./${HANDLER_MODULE}.js`, {
      [HANDLER_NAMES.handler]: "value",
      [HANDLER_NAMES.listener]: "value",
      [HANDLER_NAMES.server]: "value",
      [HANDLER_NAMES.fetch]: "value",
      [HANDLER_NAMES.serverOptions]: "type",
      [HANDLER_NAMES.fetchOptions]: "type",
    }),
    exports(`./${SERVICE_SCHEMA.module}.js`, { [SERVICE_SCHEMA.name]: "value" }),
    exports(`./${SERVICE_MODULE}.js`, {
      [SERVICE_NAMES.operationNames]: "value",
      [SERVICE_NAMES.operationName]: "type",
      [SERVICE_NAMES.context]: "type",
      [SERVICE_NAMES.service]: "type",
    }),
    exports("../runtime/index.js", RUNTIME_EXPORTS),
  );
  return file.toFile();
}
