import type { ChimeHttpRequest, ChimeHttpResponse } from "@chimekit/server";
import { HttpResponse, type HttpRequest } from "@smithy/protocol-http";
import type { HttpHandlerOptions, QueryParameterBag } from "@smithy/types";
import type { CallLog } from "../control/call-log.js";
import type { FaultPlan } from "../control/faults.js";
import { ChimeEmulator, type ChimeEmulatorOptions } from "../emulator/chime-emulator.js";
import { createEmulatorHandler, type EmulatorHandlerOptions } from "../http/emulator-handler.js";

export interface ChimeMockHandlerOptions extends Omit<EmulatorHandlerOptions, "emulator"> {
  /** The emulator to answer from; a new in-memory one (built with `emulatorOptions`) by default. */
  emulator?: ChimeEmulator;
  emulatorOptions?: ChimeEmulatorOptions;
}

/**
 * A request handler for `new ChimeClient({ requestHandler })` that answers
 * from an emulator in the same process: the client still serializes, signs
 * and retries, only the socket is gone.
 */
export interface ChimeMockHandler {
  handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<{ response: HttpResponse }>;
  updateHttpClientConfig(key: never, value: never): void;
  httpHandlerConfigs(): Record<string, never>;
  readonly emulator: ChimeEmulator;
  /** The API calls answered so far, oldest first. */
  readonly calls: CallLog;
  /** Faults to inject: `faults.add({ operation: "GetUser", error: "ThrottledClientException" })`. */
  readonly faults: FaultPlan;
  /** Forgets all emulator state, the call history and planned faults. */
  reset(): Promise<void>;
}

export function chimeMockHandler(options: ChimeMockHandlerOptions = {}): ChimeMockHandler {
  const emulator = options.emulator ?? new ChimeEmulator(options.emulatorOptions);
  const handler = createEmulatorHandler({ ...options, emulator });
  return {
    emulator,
    calls: handler.calls,
    faults: handler.faults,
    async handle(request, handlerOptions) {
      if (handlerOptions?.abortSignal?.aborted) throw abortError();
      const response = await handler.handle(toChimeRequest(request));
      return { response: toHttpResponse(response) };
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    async reset() {
      await emulator.reset();
      handler.calls.clear();
      handler.faults.clear();
    },
  };
}

const encoder = new TextEncoder();

function abortError(): Error {
  const error = new Error("Request aborted");
  error.name = "AbortError";
  return error;
}

function toChimeRequest(request: HttpRequest): ChimeHttpRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  return {
    method: request.method,
    path: request.path,
    query: queryString(request.query),
    headers,
    body: toBytes(request.body),
  };
}

/** The request's query as it would travel on the wire: names and values percent-encoded. */
function queryString(query: QueryParameterBag | undefined): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query ?? {})) {
    const key = encodeURIComponent(name);
    if (value === null) parts.push(key);
    else
      for (const item of Array.isArray(value) ? value : [value])
        parts.push(`${key}=${encodeURIComponent(item)}`);
  }
  return parts.join("&");
}

function toBytes(body: unknown): Uint8Array {
  if (body === undefined || body === null) return new Uint8Array();
  if (typeof body === "string") return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  throw new TypeError("chimeMockHandler: request bodies must be strings or bytes, not streams");
}

function toHttpResponse(response: ChimeHttpResponse): HttpResponse {
  return new HttpResponse({
    statusCode: response.statusCode,
    headers: { ...response.headers },
    body: response.body,
  });
}
