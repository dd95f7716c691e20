import type { IncomingMessage, ServerResponse } from "node:http";
import { queueAnswer, type ChimeHttpRequest, type ChimeHttpResponse } from "@chimekit/server";
import { DEFAULT_LIMITS } from "./limits.js";

/** Who sent a request, as far as the transport knows. */
export interface ClientInfo {
  remoteAddress?: string;
}

type Handle = (request: ChimeHttpRequest, client: ClientInfo) => Promise<ChimeHttpResponse>;

const EMPTY = new Uint8Array(0);

function hasBody(headers: Record<string, string>): boolean {
  const length = headers["content-length"];
  return length === undefined ? headers["transfer-encoding"] !== undefined : length !== "0";
}

/**
 * The request's headers with lower-case names, repeated ones joined by ", ",
 * read from the raw list: node builds `req.headers` lazily, and building it
 * only to copy it again costs a busy emulator a measurable share of each request.
 */
function headersOf(req: IncomingMessage): Record<string, string> {
  const raw = req.rawHeaders;
  const headers: Record<string, string> = {};
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    const previous = headers[name];
    headers[name] = previous === undefined ? raw[i + 1]! : `${previous}, ${raw[i + 1]}`;
  }
  return headers;
}

/** The body, or undefined when it grew past `maxBodyBytes` (the rest is left unread). */
function readBody(req: IncomingMessage, maxBodyBytes: number): Promise<Uint8Array | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        req.removeAllListeners("data");
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks, size)));
    req.on("error", reject);
  });
}

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

/**
 * A `node:http` request listener over a transport-neutral handler. Most API
 * calls carry no body; those go to the handler at once, without waiting a
 * turn for a body that is not coming.
 */
export function toNodeListener(
  handle: Handle,
  maxBodyBytes: number = DEFAULT_LIMITS.maxBodyBytes,
): (req: IncomingMessage, res: ServerResponse) => void {
  const dispatch = (
    req: IncomingMessage,
    res: ServerResponse,
    headers: Record<string, string>,
    body: Uint8Array,
  ): void => {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    let answer: Promise<ChimeHttpResponse>;
    try {
      answer = handle(
        {
          method: req.method ?? "GET",
          path: q === -1 ? url : url.slice(0, q),
          query: q === -1 ? "" : url.slice(q + 1),
          headers,
          body,
        },
        { remoteAddress: req.socket.remoteAddress },
      );
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
    const headers = headersOf(req);
    if (!hasBody(headers)) {
      req.resume();
      dispatch(req, res, headers, EMPTY);
      return;
    }
    readBody(req, maxBodyBytes)
      .then((body) => {
        if (body === undefined) send(res, payloadTooLarge(maxBodyBytes));
        else dispatch(req, res, headers, body);
      })
      .catch((error: unknown) => fail(res, error));
  };
}
