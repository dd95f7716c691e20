import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { DEFAULT_MAX_BODY_BYTES, type ChimeHandler } from "../handler/options.js";
import type { ChimeHttpRequest, ChimeHttpResponse } from "../http/types.js";
import { EMPTY_BODY } from "../serde/json-body.js";
import { queueAnswer } from "./answer-batch.js";

export interface ChimeNodeAdapterOptions<Context> {
  /** Must match the handler's limit; reading stops once a body is larger. Default 1 MiB. */
  maxBodyBytes?: number;
  /** The handler context of a request. Without it handlers get `undefined`. */
  context?: (request: IncomingMessage) => Context | Promise<Context>;
}

/** A `node:http` request listener that runs `handler`. */
export function toRequestListener<Context>(
  handler: ChimeHandler<Context>,
  options: ChimeNodeAdapterOptions<Context> = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const contextOf = options.context;
  const dispatch = async (req: IncomingMessage, res: ServerResponse, body: Uint8Array) => {
    try {
      const context = (contextOf ? await contextOf(req) : undefined) as Context;
      const response = await handler(toChimeRequest(req, body), context);
      queueAnswer(() => {
        try {
          send(res, response, body.length > limit);
        } catch {
          sendFailure(res);
        }
      });
    } catch {
      sendFailure(res);
    }
  };
  return (req, res) => {
    if (!hasBody(req)) {
      void dispatch(req, res, EMPTY_BODY);
      return;
    }
    readBody(req, limit).then(
      (body) => dispatch(req, res, body),
      () => req.destroy(),
    );
  };
}

/** An `http.Server` (not yet listening) that runs `handler`. */
export function toServer<Context>(
  handler: ChimeHandler<Context>,
  options: ChimeNodeAdapterOptions<Context> = {},
): Server {
  return createServer(toRequestListener(handler, options));
}

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  return length === undefined ? req.headers["transfer-encoding"] !== undefined : length !== "0";
}

/** Reads the body, stopping once it is over `limit` (the handler then answers 413). */
function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.pause();
        resolve(Buffer.concat(chunks, size));
      }
    };
    req.on("data", onData);
    req.on("end", () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)));
    req.on("error", reject);
  });
}

function toChimeRequest(req: IncomingMessage, body: Uint8Array): ChimeHttpRequest {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const headers: Record<string, string> = {};
  const raw = req.headers;
  for (const name in raw) {
    const value = raw[name];
    if (value !== undefined) headers[name] = typeof value === "string" ? value : value.join(", ");
  }
  return {
    method: req.method ?? "GET",
    path: q === -1 ? url : url.slice(0, q),
    query: q === -1 ? "" : url.slice(q + 1),
    headers,
    body,
  };
}

function send(res: ServerResponse, response: ChimeHttpResponse, closeAfter: boolean) {
  const headers = response.headers;
  if (response.statusCode !== 204 && response.statusCode !== 304) {
    headers["content-length"] = String(response.body.length);
  }
  // The rest of an oversized body was never read; the connection cannot be reused.
  if (closeAfter) headers.connection = "close";
  res.writeHead(response.statusCode, headers);
  res.end(response.body);
}

function sendFailure(res: ServerResponse) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({
    Code: "ServiceFailure",
    Message: "The service encountered an unexpected error.",
  });
  res.writeHead(500, {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(body)),
    "x-amzn-errortype": "ServiceFailureException",
  });
  res.end(body);
}
