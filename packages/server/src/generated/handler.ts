// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import {
  type ChimeFetchAdapterOptions,
  type ChimeHandler,
  type ChimeHandlerOptions,
  type ChimeNodeAdapterOptions,
  createServiceHandler,
  toFetchHandler,
  toRequestListener,
  toServer,
} from "../runtime/index.js";
import { chimeErrorFactories } from "./errors.js";
import { chimeServiceSchema } from "./schema/service-schema.js";
import type { ChimeService } from "./service.js";

/** Options of the `node:http` listener and server: the handler's, and how to make each request's context. */
export interface ChimeServerOptions<Context = unknown>
  extends ChimeHandlerOptions, ChimeNodeAdapterOptions<Context> {}

/** Options of the fetch handler: the handler's, and how to make each request's context. */
export interface ChimeFetchHandlerOptions<Context = unknown>
  extends ChimeHandlerOptions, ChimeFetchAdapterOptions<Context> {}

/** A transport-neutral handler for `service`: routes, authenticates, validates, calls the service and writes the response. */
export function createChimeHandler<Context = unknown>(
  service: ChimeService<Context>,
  options: ChimeHandlerOptions = {},
): ChimeHandler<Context> {
  return createServiceHandler<Context>(chimeServiceSchema, service, options, chimeErrorFactories);
}

/** A `node:http` request listener for `service`. */
export function createChimeRequestListener<Context = unknown>(
  service: ChimeService<Context>,
  options: ChimeServerOptions<Context> = {},
): (request: IncomingMessage, response: ServerResponse) => void {
  return toRequestListener(createChimeHandler(service, options), options);
}

/** An `http.Server` for `service`, not yet listening. */
export function createChimeServer<Context = unknown>(
  service: ChimeService<Context>,
  options: ChimeServerOptions<Context> = {},
): Server {
  return toServer(createChimeHandler(service, options), options);
}

/** A WHATWG fetch-style handler, `(Request) => Promise<Response>`, for `service`. */
export function createChimeFetchHandler<Context = unknown>(
  service: ChimeService<Context>,
  options: ChimeFetchHandlerOptions<Context> = {},
): (request: Request) => Promise<Response> {
  return toFetchHandler(createChimeHandler(service, options), options);
}
