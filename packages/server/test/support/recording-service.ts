import type { ChimeHttpRequest, ChimeHttpResponse } from "../../src/runtime/index.js";

export interface RecordedCall {
  method: string;
  input: Record<string, unknown>;
  context: { requestId: string; operation: string; identity?: unknown; context: unknown };
}

type Reply = unknown | ((input: Record<string, unknown>) => unknown);

/**
 * A service whose every method records its call and answers with the reply
 * configured for it (a value, a function of the input, or an error to throw).
 */
export function recordingService(replies: Record<string, Reply> = {}) {
  const calls: RecordedCall[] = [];
  const service = new Proxy(
    {},
    {
      get: (_target, method) => {
        if (typeof method !== "string") return undefined;
        return async (input: Record<string, unknown>, context: RecordedCall["context"]) => {
          calls.push({ method, input, context });
          const reply = replies[method];
          if (reply instanceof Error) throw reply;
          return typeof reply === "function"
            ? (reply as (i: unknown) => unknown)(input)
            : (reply ?? {});
        };
      },
    },
  );
  return { service, calls };
}

export function request(init: {
  method: string;
  path: string;
  query?: string;
  headers?: Record<string, string>;
  body?: unknown;
}): ChimeHttpRequest {
  const body =
    init.body === undefined
      ? new Uint8Array(0)
      : init.body instanceof Uint8Array
        ? init.body
        : new TextEncoder().encode(
            typeof init.body === "string" ? init.body : JSON.stringify(init.body),
          );
  return {
    method: init.method,
    path: init.path,
    query: init.query ?? "",
    headers: init.headers ?? {},
    body,
  };
}

export function json(response: ChimeHttpResponse): Record<string, unknown> {
  return JSON.parse(new TextDecoder().decode(response.body)) as Record<string, unknown>;
}
