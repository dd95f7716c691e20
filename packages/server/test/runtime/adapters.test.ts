import { request as httpRequest, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createServiceHandler, toFetchHandler, toServer } from "../../src/runtime/index.js";
import { miniSchema } from "../fixtures/mini-schema.js";
import { recordingService } from "../support/recording-service.js";

const servers: { close(): void }[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

async function listen(options: { maxBodyBytes?: number } = {}) {
  const { service, calls } = recordingService({ getWidget: { Widget: { WidgetId: "w12" } } });
  const handler = createServiceHandler<string>(miniSchema, service, {
    maxBodyBytes: options.maxBodyBytes,
  });
  const server = toServer(handler, {
    maxBodyBytes: options.maxBodyBytes,
    context: (req: IncomingMessage) => `from ${req.socket.remoteAddress}`,
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, calls };
}

describe("node:http adapter", () => {
  it("serves a request end to end with content length and the handler context", async () => {
    const { base, calls } = await listen();
    const response = await fetch(`${base}/accounts/a/widgets/w12`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    const text = await response.text();
    expect(response.headers.get("content-length")).toBe(String(text.length));
    expect(JSON.parse(text)).toEqual({ Widget: { WidgetId: "w12" } });
    expect(calls[0].context.context).toBe("from 127.0.0.1");
  });

  it("reads a body and passes the raw path and query", async () => {
    const { base, calls } = await listen();
    const response = await fetch(`${base}/accounts/a%2Fb/widgets?operation=create`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ Name: "w" }),
    });
    expect(response.status).toBe(201);
    expect(calls[0].input).toEqual({ AccountId: "a/b", Name: "w" });
  });

  it("answers 204 without a body", async () => {
    const { base } = await listen();
    const response = await fetch(`${base}/accounts/a/widgets/w1?operation=activate`, {
      method: "POST",
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
  });

  it("stops reading an oversized chunked body, answers 413 and closes the connection", async () => {
    const { base, calls } = await listen({ maxBodyBytes: 1024 });
    const url = new URL(`${base}/accounts/a/widgets?operation=create`);
    const status = await new Promise<{ status: number; connection?: string }>((resolve, reject) => {
      const req = httpRequest(
        url,
        { method: "POST", headers: { "transfer-encoding": "chunked" } },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, connection: res.headers.connection });
        },
      );
      req.on("error", reject);
      const chunk = "x".repeat(512);
      for (let i = 0; i < 8; i++) req.write(chunk);
      req.end();
    });
    expect(status).toEqual({ status: 413, connection: "close" });
    expect(calls).toHaveLength(0);
  });
});

describe("node:http adapter around a handler of the host's own", () => {
  /** A host's handler: echoes the body with the path and the context, after a delay that varies. */
  async function listenEcho(options: Parameters<typeof toServer<string>>[1]) {
    const server = toServer<string>(async (request, context) => {
      await new Promise((resolve) => setTimeout(resolve, request.body.length % 7));
      const body = new TextEncoder().encode(
        JSON.stringify({
          path: request.path,
          context,
          bytes: request.body.length,
          body: new TextDecoder().decode(request.body),
        }),
      );
      return { statusCode: 200, headers: { "content-type": "application/json" }, body };
    }, options);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it("gives each of many concurrent requests its own answer, with a context made at once", async () => {
    const base = await listenEcho({ context: (req) => `from ${req.socket.remoteAddress}` });
    const bodies = Array.from({ length: 50 }, (_, i) => `{"n":${i}}`);
    const answers = await Promise.all(
      bodies.map(async (body) => {
        const response = await fetch(`${base}/echo`, { method: "POST", body });
        return (await response.json()) as { body: string; context: string };
      }),
    );
    expect(answers.map((answer) => answer.body)).toEqual(bodies);
    expect(new Set(answers.map((answer) => answer.context))).toEqual(new Set(["from 127.0.0.1"]));
  });

  it("reads each request up to the limit maxBodyBytesFor gives it, and closes after a longer one", async () => {
    const base = await listenEcho({
      maxBodyBytes: 16,
      maxBodyBytesFor: (req) => (req.url?.startsWith("/large/") ? 4096 : 16),
    });
    const post = async (path: string, bytes: number) => {
      const response = await fetch(`${base}${path}`, { method: "POST", body: "x".repeat(bytes) });
      const { path: echoed, bytes: read } = (await response.json()) as {
        path: string;
        bytes: number;
      };
      return { path: echoed, bytes: read, connection: response.headers.get("connection") };
    };
    expect(await post("/large/import", 3000)).toEqual({
      path: "/large/import",
      bytes: 3000,
      connection: "keep-alive",
    });
    const cut = await post("/small", 3000);
    expect(cut.bytes).toBeGreaterThan(16);
    expect(cut.bytes).toBeLessThanOrEqual(3000);
    expect(cut.connection).toBe("close");
  });
});

describe("node:http adapter failures", () => {
  it("answers 500 ServiceFailureException when the handler itself rejects", async () => {
    const server = toServer(async () => {
      throw new Error("a hook failed");
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/anything`);
    expect(response.status).toBe(500);
    expect(response.headers.get("x-amzn-errortype")).toBe("ServiceFailureException");
    expect(await response.json()).toEqual({
      Code: "ServiceFailure",
      Message: "The service encountered an unexpected error.",
    });
  });
});

describe("fetch adapter", () => {
  it("serves WHATWG Requests", async () => {
    const { service, calls } = recordingService({ createWidget: { Widget: { Name: "w" } } });
    const fetchHandler = toFetchHandler(createServiceHandler<string>(miniSchema, service), {
      context: (req: Request) => req.headers.get("x-tenant") ?? "none",
    });
    const response = await fetchHandler(
      new Request("http://localhost/accounts/a%20b/widgets?operation=create", {
        method: "POST",
        headers: { "x-tenant": "t1" },
        body: JSON.stringify({ Name: "w" }),
      }),
    );
    expect(response.status).toBe(201);
    expect(response.headers.get("x-amzn-requestid")).toBeTruthy();
    expect(await response.json()).toEqual({ Widget: { Name: "w" } });
    expect(calls[0].input).toEqual({ AccountId: "a b", Name: "w" });
    expect(calls[0].context.context).toBe("t1");
  });

  it("answers 204 with a null body and 413 for an oversized body", async () => {
    const fetchHandler = toFetchHandler(
      createServiceHandler(miniSchema, recordingService().service, { maxBodyBytes: 10 }),
      { maxBodyBytes: 10 },
    );
    const noContent = await fetchHandler(
      new Request("http://h/accounts/a/widgets/w?operation=activate", { method: "POST" }),
    );
    expect(noContent.status).toBe(204);
    expect(noContent.body).toBeNull();
    const big = await fetchHandler(
      new Request("http://h/accounts/a/widgets?operation=create", {
        method: "POST",
        body: "x".repeat(100),
      }),
    );
    expect(big.status).toBe(413);
  });
});
