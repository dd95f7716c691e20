import { createChimeHandler, type ChimeService } from "../../src/generated/index.js";
import type {
  ChimeHandlerOptions,
  ChimeHttpRequest,
  ChimeHttpResponse,
} from "../../src/generated/index.js";
import { recordingService } from "./recording-service.js";

/** The generated handler over a recording service: what the generated tests drive. */
export function serviceUnderTest(
  replies: Record<string, unknown> = {},
  options: ChimeHandlerOptions = {},
) {
  const { service, calls } = recordingService(replies);
  const handler = createChimeHandler(service as ChimeService, options);
  return {
    calls,
    send: (request: ChimeHttpRequest): Promise<ChimeHttpResponse> => handler(request, undefined),
  };
}

export interface WireRequest {
  method: string;
  path: string;
  query: string;
  headers?: Record<string, string>;
  body?: string;
}

export function toHttpRequest(wire: WireRequest): ChimeHttpRequest {
  return {
    method: wire.method,
    path: wire.path,
    query: wire.query,
    headers: wire.headers ?? {},
    body: new TextEncoder().encode(wire.body ?? ""),
  };
}

export function bodyText(response: ChimeHttpResponse): string {
  return new TextDecoder().decode(response.body);
}
