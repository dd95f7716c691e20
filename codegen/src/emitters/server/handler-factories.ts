import { type FunctionDeclarationStructure, StructureKind } from "ts-morph";
import type { ModelIr } from "../../ir/types.ts";
import { serverGeneratedPath } from "../../naming.ts";
import { ERROR_FACTORIES, ERRORS_MODULE } from "./error-classes.ts";
import { ModuleFile } from "../shared/module-file.ts";
import { SERVICE_SCHEMA } from "./schema-files.ts";
import { SERVICE_MODULE, SERVICE_NAMES } from "./service-interface.ts";
import { generatedSymbol, runtimeSymbol } from "./symbols.ts";

const nodeHttp = (name: string) => ({ name, source: { package: "node:http" } });

export const HANDLER_MODULE = "handler";
export const HANDLER_NAMES = {
  handler: "createChimeHandler",
  listener: "createChimeRequestListener",
  server: "createChimeServer",
  fetch: "createChimeFetchHandler",
  serverOptions: "ChimeServerOptions",
  fetchOptions: "ChimeFetchHandlerOptions",
} as const;

/**
 * Binds the runtime to this model: `createChimeHandler(service, options)`
 * runs the runtime's handler over the generated service schema and error
 * classes, typed by `ChimeService`; the adapters wrap it for `node:http` and
 * for WHATWG fetch.
 */
export function emitHandlerFactories(_ir: ModelIr) {
  const file = new ModuleFile(serverGeneratedPath(HANDLER_MODULE));
  const service = file.type(generatedSymbol(SERVICE_MODULE, SERVICE_NAMES.service));
  const handlerOptions = file.type(runtimeSymbol("ChimeHandlerOptions"));
  const typeParameters = [{ name: "Context", default: "unknown" }];
  const serviceParameter = { name: "service", type: `${service}<Context>` };

  const factory = (
    name: string,
    doc: string,
    optionsType: string,
    returnType: string,
    body: string,
  ): FunctionDeclarationStructure => ({
    kind: StructureKind.Function,
    isExported: true,
    name,
    docs: [doc],
    typeParameters,
    parameters: [serviceParameter, { name: "options", type: optionsType, initializer: "{}" }],
    returnType,
    statements: [`return ${body};`],
  });

  file.add(
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: HANDLER_NAMES.serverOptions,
      docs: [
        "Options of the `node:http` listener and server: the handler's, and how to make each request's context.",
      ],
      typeParameters,
      extends: [handlerOptions, `${file.type(runtimeSymbol("ChimeNodeAdapterOptions"))}<Context>`],
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: HANDLER_NAMES.fetchOptions,
      docs: [
        "Options of the fetch handler: the handler's, and how to make each request's context.",
      ],
      typeParameters,
      extends: [handlerOptions, `${file.type(runtimeSymbol("ChimeFetchAdapterOptions"))}<Context>`],
    },
    factory(
      HANDLER_NAMES.handler,
      "A transport-neutral handler for `service`: routes, authenticates, validates, calls the service and writes the response.",
      handlerOptions,
      `${file.type(runtimeSymbol("ChimeHandler"))}<Context>`,
      `${file.value(runtimeSymbol("createServiceHandler"))}<Context>(${file.value(generatedSymbol(SERVICE_SCHEMA.module, SERVICE_SCHEMA.name))}, service, options, ${file.value(generatedSymbol(ERRORS_MODULE, ERROR_FACTORIES))})`,
    ),
    factory(
      HANDLER_NAMES.listener,
      "A `node:http` request listener for `service`.",
      `${HANDLER_NAMES.serverOptions}<Context>`,
      `(request: ${file.type(nodeHttp("IncomingMessage"))}, response: ${file.type(nodeHttp("ServerResponse"))}) => void`,
      `${file.value(runtimeSymbol("toRequestListener"))}(${HANDLER_NAMES.handler}(service, options), options)`,
    ),
    factory(
      HANDLER_NAMES.server,
      "An `http.Server` for `service`, not yet listening.",
      `${HANDLER_NAMES.serverOptions}<Context>`,
      file.type(nodeHttp("Server")),
      `${file.value(runtimeSymbol("toServer"))}(${HANDLER_NAMES.handler}(service, options), options)`,
    ),
    factory(
      HANDLER_NAMES.fetch,
      "A WHATWG fetch-style handler, `(Request) => Promise<Response>`, for `service`.",
      `${HANDLER_NAMES.fetchOptions}<Context>`,
      "(request: Request) => Promise<Response>",
      `${file.value(runtimeSymbol("toFetchHandler"))}(${HANDLER_NAMES.handler}(service, options), options)`,
    ),
  );
  return file.toFile();
}
