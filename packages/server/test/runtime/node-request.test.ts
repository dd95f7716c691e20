import { createServer, request as httpRequest, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { readNodeRequest, type NodeRequest } from "../../src/runtime/adapters/node-request.js";

const servers: { close(): void }[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

/** Serves one request, reading it with `readNodeRequest`, and reports what it read. */
async function readOne(
  send: (port: number) => void,
  limit = 1024,
): Promise<{ read: NodeRequest; synchronous: boolean }> {
  return new Promise((resolve, reject) => {
    const server = createServer((req: IncomingMessage, res) => {
      const read = readNodeRequest(req, limit);
      const finish = (value: NodeRequest) => {
        res.writeHead(204, { connection: "close" }).end();
        resolve({ read: value, synchronous: !(read instanceof Promise) });
      };
      if (read instanceof Promise) read.then(finish, reject);
      else finish(read);
    });
    servers.push(server);
    server.listen(0, "127.0.0.1", () => send((server.address() as AddressInfo).port));
  });
}

function sendRequest(
  port: number,
  options: { method: string; path: string; headers?: Record<string, string | string[]> },
  body?: string,
) {
  const req = httpRequest({ host: "127.0.0.1", port, ...options });
  req.on("error", () => undefined);
  req.end(body);
}

describe("readNodeRequest", () => {
  it("reads a bodiless request at once, with lower-case names and repeated headers joined", async () => {
    const { read, synchronous } = await readOne((port) =>
      sendRequest(port, {
        method: "GET",
        path: "/accounts/a%2Fb/users?max-results=5&next-token=x",
        headers: { "X-Tag": ["first", "second"], Authorization: "AWS4-HMAC-SHA256 x" },
      }),
    );
    expect(synchronous).toBe(true);
    expect(read.overLimit).toBe(false);
    expect(read.request).toMatchObject({
      method: "GET",
      path: "/accounts/a%2Fb/users",
      query: "max-results=5&next-token=x",
      body: new Uint8Array(0),
    });
    expect(read.request.headers["x-tag"]).toBe("first, second");
    expect(read.request.headers.authorization).toBe("AWS4-HMAC-SHA256 x");
  });

  it("waits for a body and hands it over whole", async () => {
    const body = JSON.stringify({ Name: "w" });
    const { read, synchronous } = await readOne((port) =>
      sendRequest(port, { method: "POST", path: "/accounts/a/widgets?operation=create" }, body),
    );
    expect(synchronous).toBe(false);
    expect(read.overLimit).toBe(false);
    expect(new TextDecoder().decode(read.request.body)).toBe(body);
  });

  it("stops at the chunk that passes the limit and says so", async () => {
    const { read } = await readOne(
      (port) => sendRequest(port, { method: "PUT", path: "/big" }, "x".repeat(5000)),
      100,
    );
    expect(read.overLimit).toBe(true);
    expect(read.request.body.length).toBeGreaterThan(100);
    expect(read.request.body.length).toBeLessThanOrEqual(5000);
  });
});
