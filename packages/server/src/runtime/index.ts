export { toFetchHandler, type ChimeFetchAdapterOptions } from "./adapters/fetch.js";
export { toRequestListener, toServer, type ChimeNodeAdapterOptions } from "./adapters/node.js";
export type {
  ChimeAuthOptions,
  ChimeCredentials,
  ChimeCredentialsLookup,
  ChimeIdentity,
} from "./auth/options.js";
export type { ErrorFactories } from "./errors/protocol-errors.js";
export { ChimeServiceError, type ChimeErrorSpec } from "./errors/service-error.js";
export { createServiceHandler } from "./handler/create-handler.js";
export type {
  ChimeHandler,
  ChimeHandlerOptions,
  ChimeRequestEvent,
  ChimeResponseEvent,
  RequestContext,
} from "./handler/options.js";
export type { ChimeHttpRequest, ChimeHttpResponse } from "./http/types.js";
export {
  createStructureValidator,
  type StructureValidator,
} from "./validation/structure-validator.js";
export type {
  Bounds,
  HttpMethod,
  MemberLocation,
  MemberSchema,
  OperationSchema,
  ServiceSchema,
  StructureSchema,
  TimestampFormat,
  ValueSchema,
} from "./schema/types.js";
