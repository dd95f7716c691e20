import { Chime } from "@aws-sdk/client-chime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChimeEmulator } from "../../src/emulator/chime-emulator.js";
import { startEmulatorServer, type RunningEmulator } from "../../src/http/start-server.js";

const ALICE = { accessKeyId: "AKIDALICE", secretAccessKey: "alice-secret" };
const MALLORY = { accessKeyId: "AKIDMALLORY", secretAccessKey: "mallory-secret" };
const NEVER_EXISTED = "00000000-0000-4000-8000-000000000000";

function client(url: string, credentials: typeof ALICE): Chime {
  return new Chime({ endpoint: url, region: "us-east-1", credentials, maxAttempts: 1 });
}

/** The error of a call that must fail, with the ID it names replaced so two answers compare. */
async function failure(call: Promise<unknown>, id: string) {
  try {
    await call;
  } catch (error) {
    const { name, message, $metadata } = error as Error & { $metadata: { httpStatusCode: number } };
    return { name, status: $metadata.httpStatusCode, message: message.replaceAll(id, "<id>") };
  }
  throw new Error("the call succeeded; it must have failed");
}

describe("tenant isolation under --auth sigv4", () => {
  let running: RunningEmulator;
  let alice: Chime;
  let mallory: Chime;
  let accountId: string;
  let userId: string;
  beforeAll(async () => {
    running = await startEmulatorServer({
      emulator: new ChimeEmulator({
        accessKeys: {
          [ALICE.accessKeyId]: {
            awsAccountId: "111111111111",
            secretAccessKey: ALICE.secretAccessKey,
          },
          [MALLORY.accessKeyId]: {
            awsAccountId: "222222222222",
            secretAccessKey: MALLORY.secretAccessKey,
          },
        },
      }),
      port: 0,
      auth: "sigv4",
    });
    alice = client(running.url, ALICE);
    mallory = client(running.url, MALLORY);
    const { Account } = await alice.createAccount({ Name: "alice-corp" });
    accountId = Account!.AccountId!;
    const { User } = await alice.createUser({ AccountId: accountId, Email: "a@example.com" });
    userId = User!.UserId!;
  });
  afterAll(async () => {
    await running.close();
    await running.emulator.close();
  });

  it("another account's key cannot list its resources", async () => {
    expect((await mallory.listAccounts({})).Accounts ?? []).toEqual([]);
    expect((await alice.listAccounts({})).Accounts?.map((a) => a.AccountId)).toEqual([accountId]);
  });

  it("reads of another account's resources get the same 404 as resources that never existed", async () => {
    const reads: [string, (id: string) => Promise<unknown>][] = [
      ["GetAccount", (id) => mallory.getAccount({ AccountId: id })],
      ["ListUsers", (id) => mallory.listUsers({ AccountId: id })],
      ["GetAccountSettings", (id) => mallory.getAccountSettings({ AccountId: id })],
    ];
    for (const [operation, read] of reads) {
      const foreign = await failure(read(accountId), accountId);
      const missing = await failure(read(NEVER_EXISTED), NEVER_EXISTED);
      expect(foreign, operation).toEqual(missing);
      expect(foreign.status, operation).toBe(404);
    }
    const user = await failure(
      mallory.getUser({ AccountId: accountId, UserId: userId }),
      accountId,
    );
    expect(user).toMatchObject({ name: "NotFoundException", status: 404 });
    expect(user.message).not.toContain("111111111111");
  });

  it("another account's key cannot change or delete its resources", async () => {
    const writes: [string, () => Promise<unknown>][] = [
      ["UpdateAccount", () => mallory.updateAccount({ AccountId: accountId, Name: "pwned" })],
      [
        "UpdateUser",
        () => mallory.updateUser({ AccountId: accountId, UserId: userId, LicenseType: "Basic" }),
      ],
      ["CreateUser", () => mallory.createUser({ AccountId: accountId, Email: "m@example.com" })],
      ["DeleteAccount", () => mallory.deleteAccount({ AccountId: accountId })],
    ];
    for (const [operation, write] of writes) {
      expect(await failure(write(), accountId), operation).toMatchObject({
        name: "NotFoundException",
        status: 404,
      });
    }
    const { Account } = await alice.getAccount({ AccountId: accountId });
    expect(Account?.Name).toBe("alice-corp");
    const { Users } = await alice.listUsers({ AccountId: accountId });
    expect(Users?.map((u) => u.UserId)).toEqual([userId]);
  });

  it("a key signed with the wrong secret is refused before reaching any account", async () => {
    const forger = client(running.url, {
      accessKeyId: ALICE.accessKeyId,
      secretAccessKey: "guess",
    });
    const refused = await failure(forger.getAccount({ AccountId: accountId }), accountId);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
  });
});
