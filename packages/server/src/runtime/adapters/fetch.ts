import { DEFAULT_MAX_BODY_BYTES, type ChimeHandler } from "../handler/options.js";
import type { ChimeHttpRequest } from "../http/types.js";
import { EMPTY_BODY } from "../serde/json-body.js";

export interface ChimeFetchAdapterOptions<Context> {
  /** Must match the handler's limit; reading stops once a body is larger. Default 1 MiB. */
  maxBodyBytes?: number;
  /** The handler context of a request. Without it handlers get `undefined`. */
  context?: (request: Request) => Context | Promise<Context>;
}

/** A WHATWG fetch-style handler, `(Request) => Promise<Response>`, that runs `handler`. */
export function toFetchHandler<Context>(
  handler: ChimeHandler<Context>,
  options: ChimeFetchAdapterOptions<Context> = {},
): (request: Request) => Promise<Response> {
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return async (request) => {
    const url = new URL(request.url);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const chimeRequest: ChimeHttpRequest = {
      method: request.method,
      path: url.pathname,
      query: url.search.slice(1),
      headers,
      body: await readBody(request, limit),
    };
    const context = (options.context ? await options.context(request) : undefined) as Context;
    const response = await handler(chimeRequest, context);
    const noBody = response.statusCode === 204 || response.statusCode === 304;
    // Bodies are never backed by a SharedArrayBuffer; the DOM typing cannot know.
    return new Response(noBody ? null : (response.body as Uint8Array<ArrayBuffer>), {
      status: response.statusCode,
      headers: response.headers,
    });
  };
}

/** Reads the body, stopping once it is over `limit` (the handler then answers 413). */
async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return EMPTY_BODY;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      break;
    }
  }
  if (chunks.length === 1) return chunks[0];
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}
