import { Chime } from "@aws-sdk/client-chime";
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ChimeEmulator } from "../../src/emulator/chime-emulator.js";
import { createEmulatorHandler } from "../../src/http/emulator-handler.js";
import { isLoopbackAddress } from "../../src/http/loopback.js";
import { RateLimiter } from "../../src/http/rate-limiter.js";
import { DEFAULT_LIMITS, resolveLimits } from "../../src/http/limits.js";
import { startEmulatorServer, type RunningEmulator } from "../../src/http/start-server.js";
import { parseServeOptions, UsageError } from "../../src/cli/options.js";

const servers: RunningEmulator[] = [];
afterEach(async () => {
  for (const running of servers.splice(0)) {
    running.server.closeAllConnections();
    await running.close();
    await running.emulator.close();
  }
});

async function start(options: Partial<Parameters<typeof startEmulatorServer>[0]> = {}) {
  const running = await startEmulatorServer({ emulator: new ChimeEmulator(), port: 0, ...options });
  servers.push(running);
  return running;
}

function openSocket(running: RunningEmulator): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(running.port, "127.0.0.1", () => resolve(socket));
    socket.once("error", reject);
  });
}

/** Everything the server sends until it closes the connection. */
function readUntilClosed(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    socket.on("data", (chunk: Buffer) => (text += chunk.toString()));
    socket.on("close", () => resolve(text));
    socket.on("error", () => undefined);
  });
}

describe("abuse limits", () => {
  it("has safe defaults and rejects nonsense limits with the limit's name", () => {
    expect(resolveLimits()).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS.maxBodyBytes).toBe(1024 * 1024);
    expect(() => resolveLimits({ maxConnections: 0 })).toThrow(/limits\.maxConnections/);
    expect(() => resolveLimits({ headersTimeoutMs: 5000, requestTimeoutMs: 1000 })).toThrow(
      /headersTimeoutMs/,
    );
  });

  it("answers a body over --max-body-bytes with an AWS-shaped 413", async () => {
    const running = await start({ limits: { maxBodyBytes: 1000 } });
    const response = await fetch(`${running.url}/accounts`, {
      method: "POST",
      body: JSON.stringify({ Name: "x".repeat(2000) }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get("x-amzn-errortype")).toBe("RequestEntityTooLargeException");
    expect(((await response.json()) as { Message: string }).Message).toMatch(/1000 bytes/);
    const small = await fetch(`${running.url}/accounts`, {
      method: "POST",
      body: JSON.stringify({ Name: "fits" }),
    });
    expect(small.status).toBeLessThan(300);
    expect(running.calls.list()[0]).toMatchObject({
      operation: "(unknown)",
      statusCode: 413,
      error: { name: "RequestEntityTooLargeException" },
    });
  });

  it("answers a control body over --max-import-bytes with 413 PayloadTooLarge and closes the connection", async () => {
    const running = await start({ maxImportBytes: 1000 });
    const response = await fetch(`${running.url}/_chimekit/state`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ padding: "x".repeat(200_000) }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get("connection")).toBe("close");
    expect(await response.json()).toMatchObject({
      code: "PayloadTooLarge",
      message: expect.stringMatching(/1000 bytes \(--max-import-bytes\)/),
    });
    // Only control bodies get the import limit: a larger API body is read, and validated.
    const api = await fetch(`${running.url}/accounts`, {
      method: "POST",
      body: JSON.stringify({ Name: "x".repeat(2000) }),
    });
    expect(api.status).toBe(400);
    expect(api.headers.get("x-amzn-errortype")).toBe("BadRequestException");
  });

  it("answers headers over --max-header-bytes with 431", async () => {
    const running = await start({ limits: { maxHeaderBytes: 2048 } });
    const response = await fetch(`${running.url}/accounts`, {
      headers: { "x-padding": "p".repeat(4096) },
    });
    expect(response.status).toBe(431);
    expect((await fetch(`${running.url}/accounts`)).status).toBe(200);
  });

  it("drops a slow client that never finishes its headers (slowloris)", async () => {
    const running = await start({ limits: { headersTimeoutMs: 300, requestTimeoutMs: 600 } });
    const socket = await openSocket(running);
    const closed = readUntilClosed(socket);
    socket.write("GET /accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
    const drip = setInterval(() => socket.write("a"), 100);
    const started = Date.now();
    const answer = await closed;
    clearInterval(drip);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await fetch(`${running.url}/_chimekit/health`)).status).toBe(200);
  });

  it("closes connections beyond --max-connections and serves again once they are gone", async () => {
    const running = await start({ limits: { maxConnections: 2 } });
    const held = [await openSocket(running), await openSocket(running)];
    const extra = await openSocket(running);
    const extraClosed = readUntilClosed(extra);
    extra.write("GET /_chimekit/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    expect(await extraClosed).toBe("");
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await fetch(`${running.url}/_chimekit/health`)).status).toBe(200);
  });

  it("answers 429 ThrottledClientException past --rate-limit, per client address when signatures are not checked", async () => {
    const running = await start({ limits: { rateLimitPerSecond: 3 } });
    // Made-up access keys, one per request, sent at once: they must not buy a fresh budget each.
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        fetch(`${running.url}/accounts`, {
          headers: {
            authorization: `AWS4-HMAC-SHA256 Credential=AKIDROTATING${i}/20250101/us-east-1/chime/aws4_request, SignedHeaders=host, Signature=00`,
          },
        }),
      ),
    );
    const statuses = answers.map((r) => r.status).sort();
    // Three from the budget, maybe one more refilled while a loaded machine sends them.
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(3);
    expect(statuses.filter((status) => status === 200).length).toBeLessThanOrEqual(4);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(6);
    const refused = answers.find((r) => r.status === 429)!;
    expect(refused.headers.get("x-amzn-errortype")).toBe("ThrottledClientException");
    expect(((await refused.json()) as { Message: string }).Message).toMatch(/addr .*127\.0\.0\.1/);
    const throttled = running.calls.list({ operation: "ListAccounts" }).filter((c) => c.error);
    expect(throttled.length).toBe(statuses.filter((status) => status === 429).length);
    expect(throttled[0]).toMatchObject({
      statusCode: 429,
      error: { name: "ThrottledClientException" },
    });
  });

  it("under sigv4 budgets the verified access key, and failed signatures spend the client's own budget", async () => {
    const accessKeys = {
      AKIDALPHA: { awsAccountId: "111111111111", secretAccessKey: "alpha-secret" },
      AKIDBETA: { awsAccountId: "222222222222", secretAccessKey: "beta-secret" },
    };
    const running = await start({
      emulator: new ChimeEmulator({ accessKeys }),
      auth: "sigv4",
      limits: { rateLimitPerSecond: 3 },
    });
    const client = (accessKeyId: string, secretAccessKey: string) =>
      new Chime({
        endpoint: running.url,
        region: "us-east-1",
        credentials: { accessKeyId, secretAccessKey },
        maxAttempts: 1,
      });
    const status = (chime: Chime) =>
      chime.listAccounts({}).then(
        () => 200,
        (error: { $metadata?: { httpStatusCode?: number } }) =>
          error.$metadata?.httpStatusCode ?? 0,
      );
    const count = (statuses: number[], wanted: number) =>
      statuses.filter((seen) => seen === wanted).length;
    const alpha = client("AKIDALPHA", "alpha-secret");
    const alphas = await Promise.all(Array.from({ length: 8 }, () => status(alpha)));
    // Three from the budget, maybe one more refilled while a loaded machine sends them.
    expect(count(alphas, 200)).toBeGreaterThanOrEqual(3);
    expect(count(alphas, 200)).toBeLessThanOrEqual(4);
    expect(count(alphas, 429)).toBe(8 - count(alphas, 200));
    const beta = client("AKIDBETA", "beta-secret");
    expect(await Promise.all([status(beta), status(beta), status(beta)])).toEqual([200, 200, 200]);
    // Forged signatures one after the other, each with a new made-up key: the client's budget runs out.
    const forged: number[] = [];
    for (let i = 0; i < 10; i += 1) forged.push(await status(client(`AKIDMADEUP${i}`, "guess")));
    expect(forged.slice(0, 3)).toEqual([403, 403, 403]);
    expect(count(forged, 429)).toBeGreaterThan(0);
    expect(count(forged, 403) + count(forged, 429)).toBe(10);
  });

  it("refills a caller's budget over time", () => {
    let now = 0;
    const limiter = new RateLimiter(2, () => now);
    expect([limiter.tryTake("k"), limiter.tryTake("k"), limiter.tryTake("k")]).toEqual([
      true,
      true,
      false,
    ]);
    now = 500;
    expect([limiter.tryTake("k"), limiter.tryTake("k")]).toEqual([true, false]);
  });
});

describe("control API exposure", () => {
  it("tells loopback addresses from others", () => {
    for (const address of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"])
      expect(isLoopbackAddress(address), address).toBe(true);
    for (const address of ["10.0.0.1", "192.168.1.2", "::ffff:10.0.0.1", "fe80::1", "nonsense"])
      expect(isLoopbackAddress(address), address).toBe(false);
  });

  it("refuses the control API to a non-loopback client unless allowed", async () => {
    const request = {
      method: "GET",
      path: "/_chimekit/health",
      query: "",
      headers: {},
      body: new Uint8Array(0),
    };
    const emulator = new ChimeEmulator();
    const closed = createEmulatorHandler({ emulator });
    const remote = await closed.handle(request, { remoteAddress: "203.0.113.9" });
    expect(remote.statusCode).toBe(403);
    expect(new TextDecoder().decode(remote.body)).toMatch(/--allow-remote-control/);
    expect((await closed.handle(request, { remoteAddress: "127.0.0.1" })).statusCode).toBe(200);
    const open = createEmulatorHandler({ emulator, allowRemoteControl: true });
    expect((await open.handle(request, { remoteAddress: "203.0.113.9" })).statusCode).toBe(200);
    await emulator.close();
  });

  it("serves no control API at all with control: false (--no-control)", async () => {
    const running = await start({ control: false });
    const response = await fetch(`${running.url}/_chimekit/health`);
    expect(response.status).toBe(404);
    expect(response.headers.get("x-amzn-errortype")).toBeTruthy();
  });
});

describe("limit flags of chimekit-mock serve", () => {
  it("reads every limit flag", () => {
    const options = parseServeOptions([
      "--max-body-bytes",
      "2048",
      "--max-header-bytes",
      "4096",
      "--headers-timeout",
      "2s",
      "--request-timeout",
      "5s",
      "--max-connections",
      "10",
      "--rate-limit",
      "50",
      "--allow-remote-control",
    ]);
    expect(options.limits).toEqual({
      maxBodyBytes: 2048,
      maxHeaderBytes: 4096,
      headersTimeoutMs: 2000,
      requestTimeoutMs: 5000,
      maxConnections: 10,
      rateLimitPerSecond: 50,
    });
    expect(options.allowRemoteControl).toBe(true);
    expect(parseServeOptions([]).limits).toEqual(DEFAULT_LIMITS);
    expect(parseServeOptions([]).allowRemoteControl).toBe(false);
  });

  it("names the flag in a usage error", () => {
    expect(() => parseServeOptions(["--max-connections", "0"])).toThrow(/--max-connections/);
    expect(() => parseServeOptions(["--rate-limit", "-1"])).toThrow(UsageError);
    expect(() =>
      parseServeOptions(["--headers-timeout", "10s", "--request-timeout", "1s"]),
    ).toThrow(/--headers-timeout/);
  });
});
