import type { IncomingMessage, ServerResponse } from "node:http";
import type { ChimeHttpRequest, ChimeHttpResponse } from "@chimekit/server";
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

function readBody(
  req: IncomingMessage,
  headers: Record<string, string>,
  maxBodyBytes: number,
): Promise<Uint8Array | undefined> {
  if (!hasBody(headers)) {
    req.resume();
    return Promise.resolve(EMPTY);
  }
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

/** A `node:http` request listener over a transport-neutral handler. */
export function toNodeListener(
  handle: Handle,
  maxBodyBytes: number = DEFAULT_LIMITS.maxBodyBytes,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void (async () => {
      try {
        const headers = headersOf(req);
        const body = await readBody(req, headers, maxBodyBytes);
        if (body === undefined) {
          send(res, payloadTooLarge(maxBodyBytes));
          return;
        }
        const url = req.url ?? "/";
        const q = url.indexOf("?");
        send(
          res,
          await handle(
            {
              method: req.method ?? "GET",
              path: q === -1 ? url : url.slice(0, q),
              query: q === -1 ? "" : url.slice(q + 1),
              headers,
              body,
            },
            { remoteAddress: req.socket.remoteAddress },
          ),
        );
      } catch (error) {
        if (!res.headersSent) {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ message: `emulator failure: ${(error as Error).message}` }));
        } else {
          res.destroy();
        }
      }
    })();
  };
}
