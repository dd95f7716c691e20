import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ChimeHttpRequest } from "@chimekit/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toNodeListener } from "../../src/http/node-listener.js";

describe("toNodeListener", () => {
  let server: Server;
  let port: number;
  const seen: ChimeHttpRequest[] = [];
  beforeAll(async () => {
    server = createServer(
      toNodeListener(async (req) => {
        seen.push(req);
        return { statusCode: 200, headers: { "content-type": "text/plain" }, body: req.body };
      }, 64),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function send(headers: [string, string][], body?: string) {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        { host: "127.0.0.1", port, method: "POST", path: "/a/b?x=1&y=2" },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () =>
            resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString() }),
          );
        },
      );
      for (const [name, value] of headers) req.appendHeader(name, value);
      req.on("error", reject);
      req.end(body);
    });
  }

  it("hands the handler lower-case header names, repeated headers joined, path, query and body", async () => {
    const answer = await send(
      [
        ["X-Amz-Date", "20261129T000000Z"],
        ["X-Repeated", "one"],
        ["x-repeated", "two"],
      ],
      '{"Name":"a"}',
    );
    expect(answer).toEqual({ status: 200, body: '{"Name":"a"}' });
    const last = seen.at(-1)!;
    expect(last.path).toBe("/a/b");
    expect(last.query).toBe("x=1&y=2");
    expect(last.headers["x-amz-date"]).toBe("20261129T000000Z");
    expect(last.headers["x-repeated"]).toBe("one, two");
    expect(last.headers["content-length"]).toBe("12");
  });

  it("answers 413 without calling the handler when the body is over the limit", async () => {
    const before = seen.length;
    const answer = await send([], "x".repeat(65));
    expect(answer.status).toBe(413);
    expect(answer.body).toContain("limit of 64 bytes");
    expect(seen.length).toBe(before);
  });

  it("answers 500 naming the failure when the handler fails, whether it throws or rejects", async () => {
    for (const failing of [
      () => {
        throw new Error("thrown at once");
      },
      async () => {
        throw new Error("rejected later");
      },
    ]) {
      const broken = createServer(toNodeListener(failing));
      await new Promise<void>((resolve) => broken.listen(0, "127.0.0.1", resolve));
      const url = `http://127.0.0.1:${(broken.address() as AddressInfo).port}/accounts`;
      const answer = await fetch(url);
      expect(answer.status).toBe(500);
      expect(await answer.text()).toMatch(/emulator failure: (thrown at once|rejected later)/);
      await new Promise<void>((resolve) => broken.close(() => resolve()));
    }
  });

  it("gives each of many concurrent requests its own answer", async () => {
    const bodies = Array.from({ length: 50 }, (_, i) => `{"n":${i}}`);
    const answers = await Promise.all(bodies.map((body) => send([], body)));
    expect(answers.map((answer) => answer.body)).toEqual(bodies);
  });
});
