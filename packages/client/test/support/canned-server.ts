import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** The raw path, still percent-encoded. */
  path: string;
  /** The raw query string, without `?`. */
  query: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface CannedResponse {
  statusCode: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface CannedServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Every request from now on gets this response, or the one this function picks. */
  respondWith(response: CannedResponse | ((request: RecordedRequest) => CannedResponse)): void;
  close(): Promise<void>;
}

/**
 * A local HTTP server (127.0.0.1 only) that records each request and answers
 * with the current canned response, numbering request IDs. It stands in for
 * the service until the emulator of `@chimekit/mocks` is used instead.
 */
export async function startCannedServer(): Promise<CannedServer> {
  const requests: RecordedRequest[] = [];
  let respond: (request: RecordedRequest) => CannedResponse = () => ({
    statusCode: 200,
    body: "{}",
  });
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const [path = "", query = ""] = (request.url ?? "").split(/\?(.*)/s);
      const recorded: RecordedRequest = {
        method: request.method ?? "",
        path,
        query,
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      const canned = respond(recorded);
      const body = canned.body ?? "";
      response.writeHead(canned.statusCode, {
        "x-amzn-requestid": `request-${requests.length}`,
        ...(body ? { "content-type": "application/json" } : {}),
        "content-length": String(Buffer.byteLength(body)),
        ...canned.headers,
      });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respondWith(response) {
      respond = typeof response === "function" ? response : () => response;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A raw query string as sorted `[name, value]` pairs, decoded: order-independent comparison. */
export function queryPairs(query: string): [string, string][] {
  return query
    .split("&")
    .filter(Boolean)
    .map((pair) => {
      const [name = "", value = ""] = pair.split(/=(.*)/s);
      return [decodeURIComponent(name), decodeURIComponent(value.replace(/\+/g, " "))] as [
        string,
        string,
      ];
    })
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1));
}
