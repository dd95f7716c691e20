import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChimeEmulator } from "../../src/emulator/chime-emulator.js";
import { startEmulatorServer, type RunningEmulator } from "../../src/http/start-server.js";

/** Failures the fuzzer found, each kept as the smallest request that showed it. */
describe("fuzzing regressions", () => {
  let running: RunningEmulator;
  beforeAll(async () => {
    running = await startEmulatorServer({ emulator: new ChimeEmulator(), port: 0 });
  });
  afterAll(async () => {
    await running.close();
    await running.emulator.close();
  });

  it("a list member nested 20,000 arrays deep gets 400 BadRequestException, not a 500 (the validation message overflowed the stack)", async () => {
    const depth = 20_000;
    const response = await fetch(`${running.url}/accounts/123/users?operation=suspend`, {
      method: "POST",
      body: `{"UserIdList":${"[".repeat(depth)}${"]".repeat(depth)}}`,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("x-amzn-errortype")).toBe("BadRequestException");
    const { Message } = (await response.json()) as { Message: string };
    expect(Message).toContain("[...]");
    expect(Message.length).toBeLessThan(1000);
  });

  it("a rejected 300,000-character value is abbreviated in the validation message", async () => {
    const response = await fetch(`${running.url}/accounts/123/users?operation=suspend`, {
      method: "POST",
      body: JSON.stringify({ UserIdList: [{ huge: "x".repeat(300_000) }] }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { Message: string }).Message.length).toBeLessThan(1000);
  });

  it("a 300,000-character Email gets 400 at once, not minutes of regular-expression backtracking that stalled the server", async () => {
    const { Account } = (await (
      await fetch(`${running.url}/accounts`, { method: "POST", body: '{"Name":"redos"}' })
    ).json()) as { Account: { AccountId: string } };
    const response = await fetch(
      `${running.url}/accounts/${Account.AccountId}/users?operation=create`,
      { method: "POST", body: JSON.stringify({ Email: "\u00e9".repeat(300_000) }) },
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { Message: string }).Message).toMatch(
      /email.*length less than or equal to 2048/,
    );
  });
});
