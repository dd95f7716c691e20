import type { ChimeAuthOptions, ChimeIdentity } from "../auth/options.js";
import type { ChimeHttpRequest, ChimeHttpResponse } from "../http/types.js";

/** What a service method learns about the request besides its input. */
export interface RequestContext<Context = unknown, Operation extends string = string> {
  /** Also sent as `x-amzn-RequestId`. */
  requestId: string;
  operation: Operation;
  /** Set when the `Authorization` header names an access key (in every auth mode). */
  identity?: ChimeIdentity;
  /** The value the transport adapter passed in (for example, per-request state of the host). */
  context: Context;
}

/** Passed to `onRequest` once the route is known (`operation` is absent when none matched). */
export interface ChimeRequestEvent {
  requestId: string;
  method: string;
  path: string;
  operation?: string;
}

/** Passed to `onResponse` for every request, whatever its outcome. */
export interface ChimeResponseEvent extends ChimeRequestEvent {
  statusCode: number;
  durationMs: number;
  /** The `x-amzn-ErrorType` of an error response. */
  errorType?: string;
  /** What the handler threw, when it was not a modeled error (the client only sees a 500). */
  error?: unknown;
}

export interface ChimeHandlerOptions {
  auth?: ChimeAuthOptions;
  /** Larger request bodies are answered 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Makes each request's id. Default `crypto.randomUUID`. */
  requestId?: () => string;
  /** Called once per request after routing: for logging and metrics. */
  onRequest?: (event: ChimeRequestEvent) => void;
  /** Called once per request with its status and duration: for logging and metrics. */
  onResponse?: (event: ChimeResponseEvent) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** A transport-neutral handler: what every adapter wraps. */
export type ChimeHandler<Context = unknown> = (
  request: ChimeHttpRequest,
  context: Context,
) => Promise<ChimeHttpResponse>;
