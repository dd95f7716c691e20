import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { DEFAULT_MAX_BODY_BYTES, type ChimeHandler } from "../handler/options.js";
import type { ChimeHttpRequest, ChimeHttpResponse } from "../http/types.js";
import { queueAnswer } from "./answer-batch.js";
import { readNodeRequest } from "./node-request.js";

export interface ChimeNodeAdapterOptions<Context> {
  /** Must match the handler's limit; reading stops once a body is larger. Default 1 MiB. */
  maxBodyBytes?: number;
  /**
   * The body limit of each request, when it depends on the request: for a
   * handler that serves routes of its own beside the API, with limits of
   * their own. Reading stops once a body is larger; the handler gets what was
   * read and answers 413 from its length. Default `maxBodyBytes`.
   */
  maxBodyBytesFor?: (request: IncomingMessage) => number;
  /** The handler context of a request. Without it handlers get `undefined`. */
  context?: (request: IncomingMessage) => Context | Promise<Context>;
}

/**
 * A `node:http` request listener that runs `handler`: the one adapter from
 * `node:http` to a handler, for the generated server and for hosts that wrap
 * the handler in their own.
 */
export function toRequestListener<Context>(
  handler: ChimeHandler<Context>,
  options: ChimeNodeAdapterOptions<Context> = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const limitOf = options.maxBodyBytesFor ?? (() => maxBodyBytes);
  const contextOf = options.context;
  const dispatch = (
    req: IncomingMessage,
    res: ServerResponse,
    request: ChimeHttpRequest,
    limit: number,
  ) => {
    let answer: Promise<ChimeHttpResponse>;
    try {
      // A context made at once is passed at once: awaiting it would cost every request a turn.
      const context = contextOf?.(req);
      answer =
        context instanceof Promise
          ? context.then((value) => handler(request, value))
          : handler(request, context as Context);
    } catch {
      sendFailure(res);
      return;
    }
    answer.then(
      (response) =>
        queueAnswer(() => {
          try {
            send(res, response, request.body.length > limit);
          } catch {
            sendFailure(res);
          }
        }),
      () => sendFailure(res),
    );
  };
  return (req, res) => {
    const limit = limitOf(req);
    const read = readNodeRequest(req, limit);
    if (!(read instanceof Promise)) {
      dispatch(req, res, read.request, limit);
      return;
    }
    // An oversized body reaches the handler cut short; it answers 413 from the length.
    read.then(
      ({ request }) => dispatch(req, res, request, limit),
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
