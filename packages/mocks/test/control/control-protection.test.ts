import { Chime } from "@aws-sdk/client-chime";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ChimeEmulator } from "../../src/emulator/chime-emulator.js";
import { startEmulatorServer, type RunningEmulator } from "../../src/http/start-server.js";
import { rawRequest } from "../support/raw-request.js";

const JSON_TYPE = { "content-type": "application/json" };

describe("control API protection (auth off)", () => {
  let running: RunningEmulator;
  let chime: Chime;
  beforeAll(async () => {
    running = await startEmulatorServer({ emulator: new ChimeEmulator(), port: 0 });
    chime = new Chime({
      endpoint: running.url,
      region: "us-east-1",
      credentials: { accessKeyId: "AKIDGUARDED", secretAccessKey: "secret" },
      maxAttempts: 1,
    });
  });
  afterAll(() => running.close());
  beforeEach(async () => {
    await running.emulator.reset();
    await chime.createAccount({ Name: "keep me" });
  });

  const accountCount = async () => (await chime.listAccounts({})).Accounts!.length;

  it("refuses a request addressed to a foreign Host (DNS rebinding): no state read, nothing reset", async () => {
    const read = await rawRequest(running.url, "GET", "/_chimekit/state", {
      host: "rebind.evil.example",
    });
    expect(read.status).toBe(403);
    expect(read.json.code).toBe("ForeignHost");
    expect(read.json.message).toContain("rebind.evil.example");
    expect(JSON.stringify(read.json)).not.toContain("keep me");
    const reset = await rawRequest(
      running.url,
      "POST",
      "/_chimekit/reset",
      { host: "rebind.evil.example:4580", ...JSON_TYPE },
      "{}",
    );
    expect(reset.status).toBe(403);
    expect(await accountCount()).toBe(1);
  });

  it("serves loopback names and addresses in Host, with or without a port", async () => {
    for (const host of ["localhost", "127.0.0.1:9", "[::1]:4580", "app.localhost", "LOCALHOST"]) {
      const answer = await rawRequest(running.url, "GET", "/_chimekit/health", { host });
      expect(answer.status, host).toBe(200);
    }
  });

  it("refuses a browser's cross-origin text/plain POST (no preflight needed) and changes nothing", async () => {
    // What any web page can make a browser send with fetch(..., { mode: "no-cors" }).
    const answer = await rawRequest(
      running.url,
      "POST",
      "/_chimekit/reset",
      {
        "content-type": "text/plain;charset=UTF-8",
        origin: "http://evil.example",
        "sec-fetch-site": "cross-site",
        "sec-fetch-mode": "no-cors",
      },
      "{}",
    );
    expect(answer.status).toBe(415);
    expect(answer.json.code).toBe("UnsupportedMediaType");
    expect(await accountCount()).toBe(1);
  });

  it("refuses a JSON call a browser marks cross-site or same-site, or whose Origin is another site", async () => {
    const cases: Record<string, string>[] = [
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      { origin: "http://evil.example" },
      { origin: "null" },
      { origin: `${running.url.replace("127.0.0.1", "localhost")}` },
    ];
    for (const headers of cases) {
      const answer = await rawRequest(
        running.url,
        "POST",
        "/_chimekit/reset",
        { ...JSON_TYPE, ...headers },
        "{}",
      );
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(answer.json.code).toBe("CrossSiteRequest");
    }
    expect(await accountCount()).toBe(1);
  });

  it("lets a same-origin page and a non-browser client change state", async () => {
    const sameOrigin = await rawRequest(
      running.url,
      "POST",
      "/_chimekit/clock",
      { ...JSON_TYPE, origin: running.url, "sec-fetch-site": "same-origin" },
      '{"advance":"1m"}',
    );
    expect(sameOrigin.status).toBe(200);
    const curl = await rawRequest(running.url, "POST", "/_chimekit/reset", JSON_TYPE);
    expect(curl.status).toBe(200);
    expect(await accountCount()).toBe(0);
  });

  it("asks DELETE calls to be JSON too", async () => {
    const answer = await rawRequest(running.url, "DELETE", "/_chimekit/faults");
    expect(answer.status).toBe(415);
    expect((await rawRequest(running.url, "DELETE", "/_chimekit/faults", JSON_TYPE)).status).toBe(
      200,
    );
  });
});

describe("control API credential under --auth sigv4", () => {
  let running: RunningEmulator;
  let given: RunningEmulator;
  const accessKeys = {
    AKIDTENANT: { awsAccountId: "555566667777", secretAccessKey: "tenant-secret" },
  };
  beforeAll(async () => {
    running = await startEmulatorServer({
      emulator: new ChimeEmulator({ accessKeys }),
      port: 0,
      auth: "sigv4",
    });
    given = await startEmulatorServer({
      emulator: new ChimeEmulator({ accessKeys }),
      port: 0,
      auth: "sigv4",
      controlToken: "a-token-the-operator-chose",
    });
  });
  afterAll(async () => {
    await running.close();
    await given.close();
  });

  it("makes up a token when none is given, and refuses control calls without it (401) or with another (403)", async () => {
    expect(running.controlToken).toMatch(/^[\w-]{24,}$/);
    const tenant = new Chime({
      endpoint: running.url,
      region: "us-east-1",
      credentials: { accessKeyId: "AKIDTENANT", secretAccessKey: "tenant-secret" },
      maxAttempts: 1,
    });
    await tenant.createAccount({ Name: "tenant data" });
    const unsigned = await rawRequest(running.url, "GET", "/_chimekit/state");
    expect(unsigned.status).toBe(401);
    expect(unsigned.json.code).toBe("ControlCredentialRequired");
    expect(JSON.stringify(unsigned.json)).not.toContain("tenant data");
    const wrong = await rawRequest(running.url, "POST", "/_chimekit/reset", {
      ...JSON_TYPE,
      "x-chimekit-control-token": "guess",
    });
    expect(wrong.status).toBe(403);
    expect(wrong.json.code).toBe("ControlCredentialInvalid");
    expect((await tenant.listAccounts({})).Accounts).toHaveLength(1);
    const allowed = await rawRequest(running.url, "GET", "/_chimekit/state", {
      "x-chimekit-control-token": running.controlToken!,
    });
    expect(allowed.status).toBe(200);
    expect(JSON.stringify(allowed.json)).toContain("tenant data");
  });

  it("takes the token it was given", async () => {
    expect(given.controlToken).toBe("a-token-the-operator-chose");
    const answer = await rawRequest(given.url, "GET", "/_chimekit/health", {
      "x-chimekit-control-token": "a-token-the-operator-chose",
    });
    expect(answer.status).toBe(200);
    expect((await rawRequest(given.url, "GET", "/_chimekit/health")).status).toBe(401);
  });

  it("checks the Host before the credential: a rebinding page learns nothing, even with a token", async () => {
    const answer = await rawRequest(running.url, "GET", "/_chimekit/state", {
      host: "rebind.evil.example",
      "x-chimekit-control-token": running.controlToken!,
    });
    expect(answer.status).toBe(403);
    expect(answer.json.code).toBe("ForeignHost");
  });
});
