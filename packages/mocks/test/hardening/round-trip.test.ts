import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChimeEmulator } from "../../src/emulator/chime-emulator.js";
import { startEmulatorServer, type RunningEmulator } from "../../src/http/start-server.js";

const ACCOUNTS = 10;
const USERS_PER_ACCOUNT = 10_000;

/** An export can always be imported back, at the size a long-lived shared emulator reaches. */
describe("state export and import round trip", () => {
  let running: RunningEmulator;
  const awsAccountId = "123412341234";
  beforeAll(async () => {
    running = await startEmulatorServer({
      emulator: new ChimeEmulator({ idSeed: 7, defaultAwsAccountId: awsAccountId }),
      port: 0,
    });
  });
  afterAll(async () => {
    await running.close();
    await running.emulator.close();
  });

  const post = (path: string, body: string) =>
    fetch(`${running.url}/_chimekit/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });

  /**
   * A POST on a connection of its own: while the test parses 100,000 users, the
   * server's keep-alive timeout may close the idle sockets fetch would reuse.
   */
  const postOnOwnConnection = (url: string, body: string) =>
    new Promise<number>((resolve, reject) => {
      const sent = request(url, { method: "POST", agent: false }, (response) => {
        response.resume().on("end", () => resolve(response.statusCode!));
      });
      sent.on("error", reject);
      sent.end(body);
    });

  it("imports back an export of 100,000 users with default options, indexes included", async () => {
    const accounts = Array.from({ length: ACCOUNTS }, (_, a) => ({
      Name: `account ${a}`,
      users: Array.from({ length: USERS_PER_ACCOUNT }, (_, u) => ({
        PrimaryEmail: `user${u}@account${a}.example.com`,
      })),
    }));
    const seeded = await post(
      "seed",
      JSON.stringify({ awsAccounts: { [awsAccountId]: { accounts } } }),
    );
    expect(seeded.status).toBe(200);

    const exported = await (await fetch(`${running.url}/_chimekit/state`)).text();
    const users = (
      JSON.parse(exported).awsAccounts[awsAccountId].records as { collection: string }[]
    ).filter((record) => record.collection === "UserResource");
    expect(users).toHaveLength(ACCOUNTS * USERS_PER_ACCOUNT);

    expect((await post("reset", "{}")).status).toBe(200);
    const imported = await post("state", exported);
    expect(imported.status, await imported.clone().text()).toBe(200);

    const again = await (await fetch(`${running.url}/_chimekit/state`)).text();
    const strip = (text: string) => {
      const { exportedAt: _, ...rest } = JSON.parse(text);
      return rest;
    };
    expect(strip(again)).toEqual(strip(exported));

    // The email index came back with the users: a second user with a taken email is refused.
    const account = (
      JSON.parse(again).awsAccounts[awsAccountId].records as {
        collection: string;
        value: { AccountId: string; Name: string };
      }[]
    ).find(
      (record) => record.collection === "AccountResource" && record.value.Name === "account 0",
    )!;
    const duplicate = await postOnOwnConnection(
      `${running.url}/accounts/${account.value.AccountId}/users?operation=create`,
      JSON.stringify({ Email: "user0@account0.example.com" }),
    );
    expect(duplicate).toBe(409);
  }, 600_000);
});
