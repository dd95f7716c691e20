import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Chime } from "@aws-sdk/client-chime";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ChimeEmulator } from "../../src/emulator/chime-emulator.js";
import { startEmulatorServer, type RunningEmulator } from "../../src/http/start-server.js";
import { MemoryStore } from "../../src/store/memory-store.js";
import { SqliteStore } from "../../src/store/sqlite-store.js";
import type { Store } from "../../src/store/store.js";

const dir = mkdtempSync(join(tmpdir(), "chimekit-control-inputs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const stores: [string, () => Promise<Store>][] = [
  ["memory", async () => new MemoryStore()],
  [
    "sqlite",
    () => SqliteStore.open({ file: join(dir, `state-${Date.now()}.db`), synchronous: "normal" }),
  ],
];

describe.each(stores)("control inputs on the %s store", (_kind, openStore) => {
  let running: RunningEmulator;
  let chime: Chime;
  let awsAccountId: string;

  async function control(method: string, path: string, body?: unknown) {
    const response = await fetch(`${running.url}/_chimekit/${path}`, {
      method,
      headers: method === "GET" ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as any };
  }

  /** Everything a refused request must leave as it was: the state export and the clock. */
  async function snapshot() {
    const state = (await control("GET", "state")).json;
    delete state.exportedAt;
    return { state, clock: (await control("GET", "clock")).json };
  }

  beforeAll(async () => {
    running = await startEmulatorServer({
      emulator: new ChimeEmulator({
        store: await openStore(),
        clock: { frozenAt: new Date("2025-01-01T00:00:00.000Z") },
      }),
      port: 0,
    });
    chime = new Chime({
      endpoint: running.url,
      region: "us-east-1",
      credentials: { accessKeyId: "AKIDINPUTS", secretAccessKey: "secret" },
      maxAttempts: 1,
    });
    awsAccountId = running.emulator.awsAccountIdOf({ accessKeyId: "AKIDINPUTS" });
  });
  afterAll(async () => {
    await running.close();
    await running.emulator.close();
  });
  beforeEach(async () => {
    await control("POST", "reset");
    const { Account } = await chime.createAccount({ Name: "before" });
    await chime.createUser({ AccountId: Account!.AccountId!, Email: "jane@example.com" });
  });

  it("refuses a reset with a misspelled key or a body that is not an object, and resets nothing", async () => {
    const before = await snapshot();
    const misspelled = await control("POST", "reset", { awsAccountID: awsAccountId });
    expect(misspelled.status).toBe(400);
    expect(misspelled.json).toMatchObject({ code: "InvalidControlInput" });
    expect(misspelled.json.message).toContain('"awsAccountID"');
    for (const body of ["null", "[]", '"x"', "5"]) {
      const answer = await control("POST", "reset", body);
      expect(answer.status, body).toBe(400);
      expect(answer.json.message, body).toMatch(/POST reset: the body must be a JSON object/);
    }
    expect((await control("POST", "reset?awsAcountId=1")).status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses clock moves that leave the years 1970 to 9999, and keeps working", async () => {
    const before = await snapshot();
    for (const advance of [1e300, -5, "-5d", "soon", null, 3e14, "3650000d"]) {
      const answer = await control("POST", "clock", { advance });
      expect(answer.status, String(advance)).toBe(400);
    }
    expect((await control("POST", "clock", { advance: 3e14 })).json.message).toMatch(
      /1970 to 9999/,
    );
    expect(await snapshot()).toEqual(before);
    expect((await control("GET", "health")).status).toBe(200);
    await chime.createAccount({ Name: "after" });
    expect((await control("POST", "clock", { advance: "30d" })).json.now).toBe(
      "2025-01-31T00:00:00.000Z",
    );
  });

  it("refuses an import whose clockOffsetMs leaves the years 1970 to 9999, and imports nothing", async () => {
    const exported = (await control("GET", "state")).json;
    await chime.createAccount({ Name: "after export" });
    const before = await snapshot();
    for (const clockOffsetMs of [1e300, -1e15]) {
      const answer = await control("POST", "state", { ...exported, clockOffsetMs });
      expect(answer.status).toBe(400);
      expect(answer.json.message).toMatch(/clockOffsetMs .*1970 to 9999/);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a document nested thousands of levels deep, naming where, and keeps every account", async () => {
    const exported = (await control("GET", "state")).json;
    const before = await snapshot();
    exported.awsAccounts[awsAccountId].records[0].value.Name = "DEEP";
    const deep = `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`;
    const text = JSON.stringify(exported).replace('"DEEP"', deep);
    const answer = await control("POST", "state", text);
    expect(answer.status).toBe(400);
    expect(answer.json.message).toContain(
      `POST /_chimekit/state: the body.awsAccounts["${awsAccountId}"].records[0].value.Name.a.a`,
    );
    expect(answer.json.message).toMatch(/deeper than 32 levels/);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses imported records the model does not accept, naming each, and imports none", async () => {
    const exported = (await control("GET", "state")).json;
    await chime.createAccount({ Name: "after export" });
    const before = await snapshot();
    const find = (doc: any, collection: string) =>
      (doc.awsAccounts[awsAccountId].records as any[]).find((r) => r.collection === collection);
    const variants: [string, (doc: any) => void, RegExp][] = [
      [
        "an empty account",
        (doc) => (find(doc, "AccountResource").value = {}),
        /records\[0\] \(AccountResource .*Value null at 'value.accountId' failed to satisfy constraint: Member must not be null/,
      ],
      [
        "a non-string AccountId",
        (doc) => (find(doc, "AccountResource").value.AccountId = 5),
        /Value '5' at 'value.accountId' failed to satisfy constraint: Member must be of type string/,
      ],
      [
        "PrimaryEmail 5",
        (doc) => (find(doc, "UserResource").value.PrimaryEmail = 5),
        /UserResource .*at 'value.primaryEmail' failed to satisfy constraint: Member must be of type string/,
      ],
      [
        "an unknown collection",
        (doc) =>
          doc.awsAccounts[awsAccountId].records.push({
            collection: "Nope",
            scope: "",
            id: "x",
            value: {},
          }),
        /"Nope" is not one the emulator keeps/,
      ],
      ["an unknown member", (doc) => (doc.extra = true), /unknown member "extra"/],
      [
        "one email in two accounts",
        (doc) => {
          const otherAccountId = "0d0d0d0d-0000-4000-8000-000000000001";
          const account = structuredClone(find(doc, "AccountResource"));
          account.id = account.value.AccountId = otherAccountId;
          const user = structuredClone(find(doc, "UserResource"));
          user.id = user.value.UserId = "0d0d0d0d-0000-4000-8000-000000000002";
          user.scope = user.value.AccountId = otherAccountId;
          doc.awsAccounts[awsAccountId].records.push(account, user);
        },
        /value\.PrimaryEmail: jane@example\.com already belongs to user \S+ of account \S+; an email belongs to one account/,
      ],
      [
        "a record without its value",
        (doc) => delete find(doc, "UserResource").value,
        /records\[\d+\]\.value must be an object/,
      ],
    ];
    for (const [name, spoil, message] of variants) {
      const doc = structuredClone(exported);
      spoil(doc);
      const answer = await control("POST", "state", doc);
      expect(answer.status, name).toBe(400);
      expect(answer.json.message, name).toMatch(message);
      expect(await snapshot(), name).toEqual(before);
    }
  });

  it("refuses seeds with an empty account, a non-string AccountId or PrimaryEmail 5, naming the path, and seeds nothing", async () => {
    const before = await snapshot();
    const other = "444455556666";
    const cases: [unknown, string][] = [
      [{ accounts: [{}] }, `awsAccounts["${awsAccountId}"].accounts[0].Name: is required`],
      [
        { accounts: [{ Name: "x", AccountId: 7 }] },
        `accounts[0].AccountId: must be a non-empty string`,
      ],
      [
        { accounts: [{ Name: "x", users: [{ PrimaryEmail: 5 }] }] },
        `accounts[0].users[0].PrimaryEmail: must be a non-empty string`,
      ],
      [
        { accounts: [{ Name: "x", users: [{ PrimaryEmail: "not-an-email" }] }] },
        `accounts[0].users[0]: Value at 'primaryEmail' failed to satisfy constraint`,
      ],
      [{ accounts: [{ Name: "x", Colour: "red" }] }, `unknown member "Colour"`],
      [{ accounts: [{ Name: "x", AccountType: "Galactic" }] }, "accountType"],
    ];
    for (const [content, message] of cases) {
      const answer = await control("POST", "seed", {
        awsAccounts: { [other]: { accounts: [{ Name: "fine" }] }, [awsAccountId]: content },
      });
      expect(answer.status, message).toBe(400);
      expect(answer.json.message, message).toContain(message);
      expect(await snapshot(), message).toEqual(before);
    }
  });

  it("refuses a seed or an import that is not a JSON object, in those words", async () => {
    const seed = await control("POST", "seed", "null");
    expect(seed.status).toBe(400);
    expect(seed.json.message).toBe("seed fixtures: the document must be a JSON object (got null)");
    const state = await control("POST", "state", "[]");
    expect(state.status).toBe(400);
    expect(state.json.message).toBe(
      "emulator state: the document must be a JSON object (got an array)",
    );
  });

  it("applies a seed across AWS accounts in one transaction: a rule broken in the last undoes the first", async () => {
    const before = await snapshot();
    const answer = await control("POST", "seed", {
      awsAccounts: {
        "444455556666": { accounts: [{ Name: "first" }] },
        [awsAccountId]: {
          accounts: [
            {
              Name: "second",
              users: [{ PrimaryEmail: "dup@example.com" }, { PrimaryEmail: "dup@example.com" }],
            },
          ],
        },
      },
    });
    expect(answer.status).toBe(400);
    expect(answer.json.message).toMatch(/dup@example.com/);
    expect(await snapshot()).toEqual(before);
  });

  it("imports back an export of 4,000 accounts (2.4 MB) with default options", async () => {
    const accounts = Array.from({ length: 4000 }, (_, i) => ({
      Name: `account ${i} ${"x".repeat(400)}`,
    }));
    expect(
      (await control("POST", "seed", { awsAccounts: { [awsAccountId]: { accounts } } })).status,
    ).toBe(200);
    const response = await fetch(`${running.url}/_chimekit/state`);
    const text = await response.text();
    expect(text.length).toBeGreaterThan(2_400_000);
    await control("POST", "reset");
    const imported = await control("POST", "state", text);
    expect(imported.status).toBe(200);
    const again = (await control("GET", "state")).json;
    const original = JSON.parse(text);
    expect(again.awsAccounts).toEqual(original.awsAccounts);
  });
});
