import { Chime } from "@aws-sdk/client-chime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChimeEmulator } from "../../src/emulator/chime-emulator.js";
import { startEmulatorServer, type RunningEmulator } from "../../src/http/start-server.js";
import { MemoryStore } from "../../src/store/memory-store.js";
import { expectError } from "../support/expect-error.js";

let running: RunningEmulator;
let chime: Chime;

async function control(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: any }> {
  const response = await fetch(`${running.url}/_chimekit/${path}`, {
    method,
    headers: method === "GET" ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

beforeAll(async () => {
  running = await startEmulatorServer({
    emulator: new ChimeEmulator({ clock: { frozenAt: new Date("2025-01-01T00:00:00.000Z") } }),
    port: 0,
  });
  chime = new Chime({
    endpoint: running.url,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDCONTROL", secretAccessKey: "secret" },
    maxAttempts: 1,
  });
});
afterAll(() => running.close());

const awsAccountId = () => running.emulator.awsAccountIdOf({ accessKeyId: "AKIDCONTROL" });

describe("control API", () => {
  it("GET health reports the store, the time and the 62 operations", async () => {
    const { status, json } = await control("GET", "health");
    expect(status).toBe(200);
    expect(json).toMatchObject({
      status: "ok",
      store: "memory",
      now: "2025-01-01T00:00:00.000Z",
      operations: 62,
    });
  });

  it("GET calls lists calls with inputs and outputs, filtered by operation", async () => {
    await control("DELETE", "calls");
    const { Account } = await chime.createAccount({ Name: "calls" });
    await chime.getAccount({ AccountId: Account!.AccountId! });
    await expectError(chime.getAccount({ AccountId: "missing" }), "NotFoundException");
    const all = (await control("GET", "calls")).json.calls;
    expect(all.map((c: any) => c.operation)).toEqual(["CreateAccount", "GetAccount", "GetAccount"]);
    const gets = (await control("GET", "calls?operation=GetAccount")).json.calls;
    expect(gets).toHaveLength(2);
    expect(gets[0]).toMatchObject({
      operation: "GetAccount",
      awsAccountId: awsAccountId(),
      input: { AccountId: Account!.AccountId },
      output: { Account: { Name: "calls" } },
    });
    expect(gets[1].error).toMatchObject({ name: "NotFoundException" });
    expect((await control("GET", "calls?operation=GetAccount&limit=1")).json.calls).toHaveLength(1);
    expect((await control("GET", "calls?limit=x")).status).toBe(400);
  });

  it("POST faults fails the next N calls of an operation with a modeled error, then lets them through", async () => {
    const added = await control("POST", "faults", {
      operation: "ListAccounts",
      error: "ThrottledClientException",
      count: 2,
    });
    expect(added.status).toBe(200);
    await expectError(chime.listAccounts({}), "ThrottledClientException", 429);
    await expectError(chime.listAccounts({}), "ThrottledClientException", 429);
    await chime.listAccounts({});
    expect((await control("GET", "faults")).json.faults).toEqual([]);
  });

  it("DELETE faults?id= removes one planned fault and names an unknown id", async () => {
    const first = await control("POST", "faults", {
      operation: "ListAccounts",
      error: "ThrottledClientException",
      count: 5,
    });
    const second = await control("POST", "faults", {
      operation: "GetAccount",
      error: "NotFoundException",
      count: 5,
    });
    const removed = await control("DELETE", `faults?id=${first.json.added.id}`);
    expect(removed.status).toBe(200);
    expect(removed.json.faults.map((rule: { id: number }) => rule.id)).toEqual([
      second.json.added.id,
    ]);
    await chime.listAccounts({});
    const unknown = await control("DELETE", `faults?id=${first.json.added.id}`);
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ code: "NoSuchFault" });
    expect(unknown.json.message).toContain(`id ${first.json.added.id}`);
    expect((await control("DELETE", "faults?id=x")).status).toBe(400);
    expect((await control("GET", "faults")).json.faults).toHaveLength(1);
    await control("DELETE", "faults");
  });

  it("POST faults adds latency, and refuses errors the operation does not model", async () => {
    await control("POST", "faults", { operation: "ListAccounts", latency: "150ms" });
    const started = performance.now();
    await chime.listAccounts({});
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    const refused = await control("POST", "faults", {
      operation: "GetGlobalSettings",
      error: "NotFoundException",
    });
    expect(refused.status).toBe(400);
    expect(refused.json.message).toContain("not modeled for GetGlobalSettings");
    expect(
      (
        await control("POST", "faults", {
          operation: "NoSuchOperation",
          error: "BadRequestException",
        })
      ).status,
    ).toBe(400);
    expect((await control("POST", "faults", { operation: "GetUser" })).status).toBe(400);
  });

  it("POST clock advances emulated time, which the deletion queue follows", async () => {
    await chime.createPhoneNumberOrder({
      ProductType: "BusinessCalling",
      E164PhoneNumbers: ["+12065550100"],
    });
    await chime.deletePhoneNumber({ PhoneNumberId: "+12065550100" });
    const moved = await control("POST", "clock", { advance: "7d" });
    expect(moved.json.now).toBe("2025-01-08T00:00:00.000Z");
    await expectError(chime.getPhoneNumber({ PhoneNumberId: "+12065550100" }), "NotFoundException");
    expect((await control("GET", "clock")).json.offsetMs).toBe(7 * 86_400_000);
    expect((await control("POST", "clock", { advance: "soon" })).status).toBe(400);
  });

  it("GET and POST state export and import an AWS account's state", async () => {
    const { Account } = await chime.createAccount({ Name: "exported" });
    const exported = (await control("GET", `state?awsAccountId=${awsAccountId()}`)).json;
    expect(exported).toMatchObject({ format: "chimekit-emulator-state", scope: "awsAccount" });
    await chime.deleteAccount({ AccountId: Account!.AccountId! });
    await expectError(chime.getAccount({ AccountId: Account!.AccountId! }), "NotFoundException");
    expect((await control("POST", "state", exported)).status).toBe(200);
    expect((await chime.getAccount({ AccountId: Account!.AccountId! })).Account!.Name).toBe(
      "exported",
    );
    const broken = await control("POST", "state", {
      ...exported,
      awsAccounts: { nope: { records: [] } },
    });
    expect(broken.status).toBe(400);
    expect(broken.json.message).toContain('awsAccounts["nope"]');
    expect((await control("POST", "state", "{not json")).status).toBe(400);
  });

  it("POST reset forgets one AWS account, or everything", async () => {
    const other = new Chime({
      endpoint: running.url,
      region: "us-east-1",
      credentials: { accessKeyId: "AKIDOTHER", secretAccessKey: "secret" },
    });
    await other.createAccount({ Name: "other" });
    await chime.createAccount({ Name: "mine" });
    await control("POST", "reset", { awsAccountId: awsAccountId() });
    expect((await chime.listAccounts({})).Accounts).toEqual([]);
    expect((await other.listAccounts({})).Accounts).toHaveLength(1);
    expect((await control("POST", "reset", { awsAccountId: "12" })).status).toBe(400);
    await control("POST", "reset");
    expect((await other.listAccounts({})).Accounts).toEqual([]);
    expect((await control("GET", "clock")).json.offsetMs).toBe(0);
  });

  it("POST seed loads fixtures and names the member at fault", async () => {
    const seeded = await control("POST", "seed", {
      awsAccounts: {
        [awsAccountId()]: { accounts: [{ Name: "seeded", AccountType: "EnterpriseOIDC" }] },
      },
    });
    expect(seeded.status).toBe(200);
    expect((await chime.listAccounts({ Name: "seeded" })).Accounts![0].AccountType).toBe(
      "EnterpriseOIDC",
    );
    const bad = await control("POST", "seed", {
      awsAccounts: {
        [awsAccountId()]: {
          phoneNumbers: [{ E164PhoneNumber: "+19995550100", ProductType: "BusinessCalling" }],
        },
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toContain("phoneNumbers[0].E164PhoneNumber");
  });

  it("answers unknown control routes with 404 and the list of routes", async () => {
    const { status, json } = await control("GET", "nothing");
    expect(status).toBe(404);
    expect(json.message).toContain("GET /_chimekit/health");
  });
});

describe("control API failures", () => {
  it("answers 500 naming a failure of the emulator itself, such as its store's", async () => {
    const store = new MemoryStore();
    store.partitions = () => Promise.reject(new Error("the disk is full"));
    const failing = await startEmulatorServer({ emulator: new ChimeEmulator({ store }), port: 0 });
    try {
      const response = await fetch(`${failing.url}/_chimekit/health`);
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({
        code: "EmulatorFailure",
        message: "emulator failure: the disk is full",
      });
    } finally {
      await failing.close();
    }
  });
});

describe("control API turned off", () => {
  it("leaves /_chimekit/ to the Chime API, which does not know it", async () => {
    const closed = await startEmulatorServer({
      emulator: new ChimeEmulator(),
      port: 0,
      control: false,
    });
    try {
      const response = await fetch(`${closed.url}/_chimekit/health`);
      expect(response.status).not.toBe(200);
      expect(response.headers.get("x-amzn-errortype")).toBeTruthy();
    } finally {
      await closed.close();
    }
  });
});

describe("fault rate", () => {
  it("fails about the configured share of calls with ServiceUnavailableException", async () => {
    const flaky = await startEmulatorServer({
      emulator: new ChimeEmulator(),
      port: 0,
      faultRate: 0.5,
      faultSeed: 7,
    });
    const client = new Chime({
      endpoint: flaky.url,
      region: "us-east-1",
      credentials: { accessKeyId: "AKIDFLAKY", secretAccessKey: "secret" },
      maxAttempts: 1,
    });
    try {
      const outcomes: string[] = [];
      for (let i = 0; i < 40; i += 1) {
        outcomes.push(
          await client.listAccounts({}).then(
            () => "ok",
            (error: Error) => error.name,
          ),
        );
      }
      const failures = outcomes.filter((o) => o === "ServiceUnavailableException").length;
      expect(failures).toBeGreaterThan(8);
      expect(failures).toBeLessThan(32);
      expect(outcomes.every((o) => o === "ok" || o === "ServiceUnavailableException")).toBe(true);
    } finally {
      await flaky.close();
    }
  });
});
