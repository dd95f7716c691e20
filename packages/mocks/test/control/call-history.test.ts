import { Chime } from "@aws-sdk/client-chime";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CallLog, type RecordedCall } from "../../src/control/call-log.js";
import { approximateJsonBytes } from "../../src/control/json-size.js";
import { ChimeEmulator } from "../../src/emulator/chime-emulator.js";
import { startEmulatorServer, type RunningEmulator } from "../../src/http/start-server.js";

function call(n: number, extra: Partial<RecordedCall> = {}): RecordedCall {
  return {
    operation: n % 2 === 0 ? "GetUser" : "ListUsers",
    awsAccountId: "111111111111",
    timeMs: Date.UTC(2026, 0, 1) + n,
    durationMs: 1,
    input: { n },
    ...extra,
  };
}

describe("CallLog bounds and pages", () => {
  it("keeps the history under its byte budget by dropping the oldest calls", () => {
    const log = new CallLog({ maxCalls: 1000, maxBytes: 50_000 });
    const big = "x".repeat(10_000);
    for (let n = 0; n < 20; n += 1) log.record(call(n, { output: { big } }));
    const kept = log.list();
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.length).toBeLessThan(5);
    expect(kept.at(-1)!.seq).toBe(20);
    expect(approximateJsonBytes(kept)).toBeLessThanOrEqual(50_000);
  });

  it("keeps that a call larger than the whole budget happened, without its answer", () => {
    const log = new CallLog({ maxBytes: 1000 });
    log.record(call(0, { output: { big: "x".repeat(5000) } }));
    expect(log.list()[0].output).toEqual({
      omitted: expect.stringMatching(/above the call history's byte limit/),
    });
  });

  it("pages oldest first after a seq, and gives the most recent page without one", () => {
    const log = new CallLog(100);
    for (let n = 0; n < 10; n += 1)
      log.record(call(n, n === 4 ? { error: { name: "NotFoundException", message: "no" } } : {}));
    expect(log.page({ limit: 3 }).calls.map((c) => c.seq)).toEqual([8, 9, 10]);
    expect(log.page({ limit: 3 }).nextAfter).toBeUndefined();
    const first = log.page({ limit: 3, after: 0 });
    expect(first.calls.map((c) => c.seq)).toEqual([1, 2, 3]);
    expect(first.nextAfter).toBe(3);
    const gets = log.page({ limit: 2, after: 3, operation: "GetUser" });
    expect(gets.calls.map((c) => c.seq)).toEqual([5, 7]);
    expect(gets.nextAfter).toBe(7);
    expect(log.page({ limit: 2, after: 9, operation: "GetUser" })).toEqual({ calls: [] });
    expect(log.page({ limit: 10, status: "error" }).calls.map((c) => c.seq)).toEqual([5]);
    expect(log.page({ limit: 100, status: "ok" }).calls).toHaveLength(9);
  });
});

describe("GET /_chimekit/calls", () => {
  let running: RunningEmulator;
  let chime: Chime;
  beforeAll(async () => {
    running = await startEmulatorServer({ emulator: new ChimeEmulator(), port: 0 });
    chime = new Chime({
      endpoint: running.url,
      region: "us-east-1",
      credentials: { accessKeyId: "AKIDHISTORY", secretAccessKey: "secret" },
      maxAttempts: 1,
    });
  });
  afterAll(() => running.close());
  beforeEach(() => running.calls.clear());

  const calls = async (query = "") => {
    const response = await fetch(`${running.url}/_chimekit/calls${query}`);
    return { status: response.status, json: (await response.json()) as any };
  };

  it("answers pages of at most `limit` calls, with nextAfter while more match", async () => {
    for (let i = 0; i < 5; i += 1) await chime.listAccounts({});
    const recent = (await calls("?limit=2")).json;
    expect(recent.calls.map((c: any) => c.operation)).toEqual(["ListAccounts", "ListAccounts"]);
    const firstSeq = recent.calls[0].seq - 3;
    const page = (await calls(`?limit=2&after=${firstSeq - 1}`)).json;
    expect(page.calls.map((c: any) => c.seq)).toEqual([firstSeq, firstSeq + 1]);
    expect(page.nextAfter).toBe(firstSeq + 1);
    expect(page.calls[0]).toMatchObject({ statusCode: 200, output: { Accounts: [] } });
    for (const bad of ["?limit=0", "?limit=1001", "?after=-1", "?status=maybe", "?colour=red"]) {
      const answer = await calls(bad);
      expect(answer.status, bad).toBe(400);
      expect(answer.json.code, bad).toBe("InvalidControlInput");
    }
  });

  it("records calls refused before the emulator ran them: validation, unknown routes, injected faults", async () => {
    await expect(chime.createAccount({ Name: "" })).rejects.toMatchObject({
      name: "BadRequestException",
    });
    await fetch(`${running.url}/no-such-route`);
    running.faults.add({ operation: "GetAccount", error: "ServiceUnavailableException" });
    await expect(chime.getAccount({ AccountId: "a" })).rejects.toMatchObject({
      name: "ServiceUnavailableException",
    });
    const refused = (await calls("?status=error")).json.calls;
    expect(refused.map((c: any) => [c.operation, c.statusCode, c.error.name])).toEqual([
      ["CreateAccount", 400, "BadRequestException"],
      ["(unknown)", 404, expect.any(String)],
      ["GetAccount", 503, "ServiceUnavailableException"],
    ]);
    expect(refused[0].error.message).toMatch(/name/i);
    expect(refused[0].input).toEqual({ Name: "" });
    expect(refused[0].awsAccountId).toBe(
      running.emulator.awsAccountIdOf({ accessKeyId: "AKIDHISTORY" }),
    );
  });
});
