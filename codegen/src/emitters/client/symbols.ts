import {
  clientCommandModule,
  clientPaginatorModule,
  commandInputName,
  commandName,
  commandOutputName,
  itemIteratorName,
  operationErrorsName,
  paginatorName,
  structureSchemaName,
} from "../../naming.ts";
import type { SymbolRef } from "../shared/module-file.ts";
import { generatedSymbol, packageSymbol, runtimeSymbol } from "./module-file.ts";

/**
 * Every symbol generated client code refers to, with the module that
 * declares it: the hand-written runtime (`packages/client/src/runtime/`),
 * the generated modules, and the packages it builds on.
 */

export const runtime = {
  ChimeCommand: runtimeSymbol("command", "ChimeCommand"),
  OperationSchema: runtimeSymbol("schema", "OperationSchema"),
  StructureSchema: runtimeSymbol("schema", "StructureSchema"),
  ErrorConstructor: runtimeSymbol("schema", "ErrorConstructor"),
  ChimeServiceException: runtimeSymbol("exceptions", "ChimeServiceException"),
  ChimeValidationError: runtimeSymbol("exceptions", "ChimeValidationError"),
  ChimeClientConfig: runtimeSymbol("config", "ChimeClientConfig"),
  ChimeClientResolvedConfig: runtimeSymbol("config", "ChimeClientResolvedConfig"),
  ChimeClientConfigType: runtimeSymbol("config", "ChimeClientConfigType"),
  ChimeClientResolvedConfigType: runtimeSymbol("config", "ChimeClientResolvedConfigType"),
  ClientDefaults: runtimeSymbol("config", "ClientDefaults"),
  resolveClientConfig: runtimeSymbol("config", "resolveClientConfig"),
  useChimeMiddleware: runtimeSymbol("middleware", "useChimeMiddleware"),
  ChimeRequestOptions: runtimeSymbol("aggregated", "ChimeRequestOptions"),
  ChimeCallback: runtimeSymbol("aggregated", "ChimeCallback"),
  sendCommand: runtimeSymbol("aggregated", "sendCommand"),
  ChimePaginationConfiguration: runtimeSymbol("paginate", "ChimePaginationConfiguration"),
  createPaginator: runtimeSymbol("paginate", "createPaginator"),
  createItemIterator: runtimeSymbol("paginate", "createItemIterator"),
} satisfies Record<string, SymbolRef>;

/**
 * The client package imports `@smithy/*` values through its own `#smithy/*`
 * aliases (see its package.json `imports`), which hand bundlers the ES module
 * builds so that unused code is dropped.
 */
export const smithy = {
  Client: packageSymbol("#smithy/smithy-client", "Client"),
  Command: packageSymbol("#smithy/smithy-client", "Command"),
  ExceptionOptionType: packageSymbol("#smithy/smithy-client", "ExceptionOptionType"),
  MetadataBearer: packageSymbol("@smithy/types", "MetadataBearer"),
  HttpHandlerOptions: packageSymbol("@smithy/types", "HttpHandlerOptions"),
  Paginator: packageSymbol("@smithy/types", "Paginator"),
} satisfies Record<string, SymbolRef>;

/** A shape's type from `@chimekit/types`: a structure's interface, an enum's object and union type. */
export const modelType = (shape: string): SymbolRef => packageSymbol("@chimekit/types", shape);

export const generated = {
  ChimeClient: generatedSymbol("ChimeClient", "ChimeClient"),
  ServiceInputTypes: generatedSymbol("ChimeClient", "ServiceInputTypes"),
  ServiceOutputTypes: generatedSymbol("ChimeClient", "ServiceOutputTypes"),
  Chime: generatedSymbol("Chime", "Chime"),
  serviceErrors: generatedSymbol("models/errors", "serviceErrors"),
  errorClass: (shape: string) => generatedSymbol("models/errors", shape),
  structureSchema: (shape: string) => generatedSymbol("schemas", structureSchemaName(shape)),
  command: (operation: string) =>
    generatedSymbol(clientCommandModule(operation), commandName(operation)),
  commandInput: (operation: string) =>
    generatedSymbol(clientCommandModule(operation), commandInputName(operation)),
  commandOutput: (operation: string) =>
    generatedSymbol(clientCommandModule(operation), commandOutputName(operation)),
  operationErrors: (operation: string) =>
    generatedSymbol(clientCommandModule(operation), operationErrorsName(operation)),
  paginator: (operation: string) =>
    generatedSymbol(clientPaginatorModule(operation), paginatorName(operation)),
  itemIterator: (operation: string) =>
    generatedSymbol(clientPaginatorModule(operation), itemIteratorName(operation)),
};
