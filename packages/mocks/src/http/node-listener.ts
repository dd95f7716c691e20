import type { IncomingMessage, ServerResponse } from "node:http";
import type { ChimeHttpRequest, ChimeHttpResponse } from "@chimekit/server";

/** Requests larger than this are answered 413 without being read to the end. */
export const MAX_BODY_BYTES = 1024 * 1024;

type Handle = (request: ChimeHttpRequest) => Promise<ChimeHttpResponse>;

const EMPTY = new Uint8Array(0);

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  return length === undefined ? req.headers["transfer-encoding"] !== undefined : length !== "0";
}

function readBody(req: IncomingMessage): Promise<Uint8Array | undefined> {
  if (!hasBody(req)) {
    req.resume();
    return Promise.resolve(EMPTY);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
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

/** A `node:http` request listener over a transport-neutral handler. */
export function toNodeListener(
  handle: Handle,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void (async () => {
      try {
        const body = await readBody(req);
        if (body === undefined) {
          send(res, {
            statusCode: 413,
            headers: { "content-type": "application/json", connection: "close" },
            body: Buffer.from(
              JSON.stringify({ message: `request body is larger than ${MAX_BODY_BYTES} bytes` }),
            ),
          });
          return;
        }
        const url = req.url ?? "/";
        const q = url.indexOf("?");
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(req.headers)) {
          if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
        }
        send(
          res,
          await handle({
            method: req.method ?? "GET",
            path: q === -1 ? url : url.slice(0, q),
            query: q === -1 ? "" : url.slice(q + 1),
            headers,
            body,
          }),
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
