import type { IncomingMessage, ServerResponse } from "node:http";
import {
  queueAnswer,
  readNodeRequest,
  type ChimeHttpRequest,
  type ChimeHttpResponse,
} from "@chimekit/server";
import { DEFAULT_LIMITS } from "./limits.js";

/** Who sent a request, as far as the transport knows. */
export interface ClientInfo {
  remoteAddress?: string;
}

type Handle = (request: ChimeHttpRequest, client: ClientInfo) => Promise<ChimeHttpResponse>;

function send(res: ServerResponse, response: ChimeHttpResponse): void {
  res.writeHead(response.statusCode, {
    ...response.headers,
    "content-length": response.body.length,
  });
  res.end(response.body);
}

/** A body over the limit is answered as the Chime API answers it, without being read to the end. */
function payloadTooLarge(maxBodyBytes: number): ChimeHttpResponse {
  return {
    statusCode: 413,
    headers: {
      "content-type": "application/json",
      "x-amzn-errortype": "RequestEntityTooLargeException",
      connection: "close",
    },
    body: Buffer.from(
      JSON.stringify({
        Code: "RequestEntityTooLargeException",
        Message: `The request body is larger than the limit of ${maxBodyBytes} bytes.`,
      }),
    ),
  };
}

function fail(res: ServerResponse, error: unknown): void {
  if (!res.headersSent) {
    res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ message: `emulator failure: ${(error as Error).message}` }));
  } else {
    res.destroy();
  }
}

function controlPayloadTooLarge(maxBodyBytes: number): ChimeHttpResponse {
  return {
    statusCode: 413,
    headers: { "content-type": "application/json", connection: "close" },
    body: Buffer.from(
      JSON.stringify({
        code: "PayloadTooLarge",
        message: `The control request body is larger than the limit of ${maxBodyBytes} bytes (--max-import-bytes).`,
      }),
    ),
  };
}

/** Requests under `prefix` (the control API, whose state imports are large) read bodies up to `maxBodyBytes`. */
export interface ControlBodyLimit {
  prefix: string;
  maxBodyBytes: number;
}

/**
 * A `node:http` request listener over a transport-neutral handler. Unlike the
 * server's adapter, it answers an oversized body with 413 itself, before the
 * handler (and its call history) sees the request, and names the failure in a 500.
 */
export function toNodeListener(
  handle: Handle,
  maxBodyBytes: number = DEFAULT_LIMITS.maxBodyBytes,
  controlBody?: ControlBodyLimit,
): (req: IncomingMessage, res: ServerResponse) => void {
  const dispatch = (req: IncomingMessage, res: ServerResponse, request: ChimeHttpRequest): void => {
    let answer: Promise<ChimeHttpResponse>;
    try {
      answer = handle(request, { remoteAddress: req.socket.remoteAddress });
    } catch (error) {
      fail(res, error);
      return;
    }
    // Written with the other answers of this event-loop turn (see queueAnswer).
    answer
      .then((response) =>
        queueAnswer(() => {
          try {
            send(res, response);
          } catch (error) {
            fail(res, error);
          }
        }),
      )
      .catch((error: unknown) => fail(res, error));
  };
  return (req, res) => {
    const control = controlBody !== undefined && req.url?.startsWith(controlBody.prefix) === true;
    const limit = control ? controlBody.maxBodyBytes : maxBodyBytes;
    const read = readNodeRequest(req, limit);
    if (!(read instanceof Promise)) {
      dispatch(req, res, read.request);
      return;
    }
    read
      .then(({ request, overLimit }) => {
        if (overLimit) send(res, control ? controlPayloadTooLarge(limit) : payloadTooLarge(limit));
        else dispatch(req, res, request);
      })
      .catch((error: unknown) => fail(res, error));
  };
}
