import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { killLeftovers, startCli, stateArgs } from "../support/cli-process.js";
import { SQLITE_DRIVERS } from "../support/sqlite-drivers.js";

const dir = mkdtempSync(join(tmpdir(), "chimekit-persist-"));
afterAll(() => {
  killLeftovers();
  rmSync(dir, { recursive: true, force: true });
});

async function post(url: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe.each(SQLITE_DRIVERS)("SQLite state (--state, %s)", { timeout: 180000 }, (driver) => {
  it("keeps every acknowledged write through kill -9 under load", async () => {
    const file = join(dir, `state-${driver.replace(":", "-")}.db`);
    const first = await startCli(stateArgs(file, driver));
    const account = (await (await post(first.url, "/accounts", { Name: "durable" })).json()) as {
      Account: { AccountId: string };
    };
    const AccountId = account.Account.AccountId;
    const acknowledged: string[] = [];
    let killed = false;
    const writer = async (worker: number) => {
      for (let i = 0; !killed; i += 1) {
        try {
          const response = await post(first.url, `/accounts/${AccountId}/users?operation=create`, {
            Email: `w${worker}-${i}@example.com`,
          });
          if (response.status === 201) {
            const body = (await response.json()) as { User: { UserId: string } };
            if (!killed) acknowledged.push(body.User.UserId);
          }
        } catch {
          return;
        }
      }
    };
    const writers = Array.from({ length: 8 }, (_, worker) => writer(worker));
    while (acknowledged.length < 300) await new Promise((resolve) => setTimeout(resolve, 10));
    first.child.kill("SIGKILL");
    killed = true;
    expect(await first.exited).toBeNull();
    await Promise.all(writers);

    const second = await startCli(stateArgs(file, driver));
    try {
      const stored = new Set<string>();
      let token: string | undefined;
      do {
        const query = `max-results=200${token ? `&next-token=${encodeURIComponent(token)}` : ""}`;
        const page = (await (
          await fetch(`${second.url}/accounts/${AccountId}/users?${query}`)
        ).json()) as {
          Users: { UserId: string }[];
          NextToken?: string;
        };
        for (const user of page.Users) stored.add(user.UserId);
        token = page.NextToken;
      } while (token);
      const lost = acknowledged.filter((id) => !stored.has(id));
      expect(
        lost,
        `${lost.length} of ${acknowledged.length} acknowledged writes were lost`,
      ).toEqual([]);
      expect(stored.size).toBeGreaterThanOrEqual(acknowledged.length);
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }
  });

  it("keeps emulated time and scheduled work across a restart", async () => {
    const file = join(dir, `clock-${driver.replace(":", "-")}.db`);
    const first = await startCli(stateArgs(file, driver));
    await post(first.url, "/phone-number-orders", {
      ProductType: "BusinessCalling",
      E164PhoneNumbers: ["+12065550100"],
    });
    await fetch(`${first.url}/phone-numbers/%2B12065550100`, { method: "DELETE" });
    await post(first.url, "/_chimekit/clock", { advance: "6d" });
    first.child.kill("SIGTERM");
    await first.exited;
    const second = await startCli(stateArgs(file, driver));
    try {
      const offset = (await (await fetch(`${second.url}/_chimekit/clock`)).json()) as {
        offsetMs: number;
      };
      expect(offset.offsetMs).toBe(6 * 86_400_000);
      expect((await fetch(`${second.url}/phone-numbers/%2B12065550100`)).status).toBe(200);
      await post(second.url, "/_chimekit/clock", { advance: "1d" });
      expect((await fetch(`${second.url}/phone-numbers/%2B12065550100`)).status).toBe(404);
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }
  });
});
