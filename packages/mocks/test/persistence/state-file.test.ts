import {
  closeSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { openWithBetterSqlite3 } from "../../src/store/sqlite/better-sqlite3.js";
import type { SqliteDatabase, SqliteDriverName } from "../../src/store/sqlite/driver.js";
import { openWithNodeSqlite } from "../../src/store/sqlite/node-sqlite.js";
import {
  killLeftovers,
  runCli,
  startCli,
  stateArgs,
  type CliProcess,
} from "../support/cli-process.js";
import { SQLITE_DRIVERS } from "../support/sqlite-drivers.js";

/** better-sqlite3 is refused from Node 24 on (see open-sqlite.ts). */
const NODE_MAJOR = Number(process.versions.node.split(".")[0]);

const dir = mkdtempSync(join(tmpdir(), "chimekit-state-file-"));
afterAll(() => {
  killLeftovers();
  rmSync(dir, { recursive: true, force: true });
});

let fileCounter = 0;
const newFile = () => join(dir, `state-${(fileCounter += 1)}.db`);

async function createAccount(url: string, name: string): Promise<string> {
  const response = await fetch(`${url}/accounts`, {
    method: "POST",
    body: JSON.stringify({ Name: name }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { Account: { AccountId: string } }).Account.AccountId;
}

async function accountNames(url: string): Promise<string[]> {
  const body = (await (await fetch(`${url}/accounts`)).json()) as { Accounts: { Name: string }[] };
  return body.Accounts.map((account) => account.Name).sort();
}

async function stop(cli: CliProcess): Promise<void> {
  cli.child.kill("SIGTERM");
  await cli.exited;
}

/** A state file written by the store itself, large enough that its middle is table pages. */
async function writtenStateFile(driver: SqliteDriverName): Promise<string> {
  const file = newFile();
  const store = await openStore({ kind: "sqlite", file, driver });
  await store.transaction(async (tx) => {
    for (let i = 0; i < 3000; i += 1)
      await tx.put({ partition: "111122223333", collection: "users", scope: "a" }, `u${i}`, {
        UserId: `u${i}`,
        PrimaryEmail: `user${i}@example.com`,
        DisplayName: "x".repeat(200),
      });
  });
  await store.close();
  return file;
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, "r+");
  try {
    writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(fd);
  }
}

/** A refusal the user can act on: exit 1, the file and the fault named, no stack trace. */
function expectRefusal(
  result: { code: number | null; stderr: string },
  file: string,
  fault: RegExp,
) {
  expect(result.code).toBe(1);
  expect(result.stderr).toContain(`state file ${file}:`);
  expect(result.stderr).toMatch(fault);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

describe.each(SQLITE_DRIVERS)("state file (--state, %s)", { timeout: 60_000 }, (driver) => {
  const serve = (file: string) => stateArgs(file, driver);

  it("refuses a second process on the same file, naming the file and the holder", async () => {
    const file = newFile();
    const first = await startCli(serve(file));
    try {
      await createAccount(first.url, "first");
      const second = await runCli(["serve", "--port", "0", ...serve(file)]);
      expectRefusal(second, file, /is in use by /);
      if (process.platform === "linux")
        expect(second.stderr).toContain(`process ${first.child.pid} (`);
      // The holder is untouched and still the only writer.
      await createAccount(first.url, "after");
      expect(await accountNames(first.url)).toEqual(["after", "first"]);
    } finally {
      await stop(first);
    }
  });

  it("is free again once its holder is killed with SIGKILL", async () => {
    const file = newFile();
    const first = await startCli(serve(file));
    await createAccount(first.url, "kept");
    first.child.kill("SIGKILL");
    expect(await first.exited).toBeNull();
    const second = await startCli(serve(file));
    try {
      expect(await accountNames(second.url)).toEqual(["kept"]);
    } finally {
      await stop(second);
    }
  });

  it("refuses a file damaged in the middle", async () => {
    const file = await writtenStateFile(driver);
    const pageSize = 4096;
    const middle = Math.floor(statSync(file).size / 2 / pageSize) * pageSize;
    overwrite(file, middle, Buffer.alloc(3 * pageSize, 0));
    expectRefusal(
      await runCli(["serve", "--port", "0", ...serve(file)]),
      file,
      /fails SQLite's integrity check \(Tree \d+ page \d+: .+\); restore it/,
    );
  });

  it("refuses a truncated file", async () => {
    const file = await writtenStateFile(driver);
    truncateSync(file, Math.floor(statSync(file).size / 3));
    expectRefusal(
      await runCli(["serve", "--port", "0", ...serve(file)]),
      file,
      /is not a usable SQLite database \(database disk image is malformed\)/,
    );
  });

  it("refuses a file that is not a database", async () => {
    const file = newFile();
    writeFileSync(file, "not a database, ".repeat(512));
    expectRefusal(
      await runCli(["serve", "--port", "0", ...serve(file)]),
      file,
      /is not a usable SQLite database \(file is not a database\)/,
    );
  });

  it("refuses a database that is not a state file or holds another schema", async () => {
    const foreign = newFile();
    await withDatabase(driver, foreign, (db) => db.exec("CREATE TABLE notes (body TEXT)"));
    expectRefusal(
      await runCli(["serve", "--port", "0", ...serve(foreign)]),
      foreign,
      /is not a ChimeKit state file: it holds table notes/,
    );
    const otherSchema = newFile();
    await withDatabase(driver, otherSchema, (db) =>
      db.exec("CREATE TABLE records (id TEXT PRIMARY KEY, value TEXT)"),
    );
    expectRefusal(
      await runCli(["serve", "--port", "0", ...serve(otherSchema)]),
      otherSchema,
      /fails the schema check: table records is "CREATE TABLE records \(id TEXT PRIMARY KEY, value TEXT\)"/,
    );
  });
});

async function withDatabase(
  driver: SqliteDriverName,
  file: string,
  work: (db: SqliteDatabase) => void,
): Promise<void> {
  const db =
    driver === "node:sqlite" ? openWithNodeSqlite(file)! : await openWithBetterSqlite3(file);
  try {
    work(db);
  } finally {
    db.close();
  }
}

describe("an install whose better-sqlite3 build was skipped", { timeout: 60_000 }, () => {
  const env = {
    ...process.env,
    NODE_OPTIONS: `--import=${join(import.meta.dirname, "../support/unbuilt-better-sqlite3/register.mjs")}`,
  };

  it.runIf(NODE_MAJOR < 24)("says what to run when better-sqlite3 is the driver", async () => {
    const file = newFile();
    const result = await runCli(
      ["serve", "--port", "0", "--state", file, "--sqlite-driver", "better-sqlite3"],
      env,
    );
    expectRefusal(result, file, /Could not locate the bindings file/);
    expect(result.stderr).toContain("run `npm rebuild better-sqlite3`");
  });

  it.runIf(SQLITE_DRIVERS.includes("node:sqlite"))(
    "still serves --state on node:sqlite, and keeps what it was told",
    async () => {
      const file = newFile();
      const first = await startCli(["--state", file, "--log-level", "silent"], env);
      expect(first.stderr()).toContain("(node:sqlite)");
      await createAccount(first.url, "persisted");
      await stop(first);
      const second = await startCli(["--state", file, "--log-level", "silent"], env);
      try {
        expect(await accountNames(second.url)).toEqual(["persisted"]);
      } finally {
        await stop(second);
      }
    },
  );
});

describe.runIf(NODE_MAJOR >= 24)("better-sqlite3 on Node 24", () => {
  it("is refused with the reason and the driver to use", async () => {
    const file = newFile();
    const result = await runCli([
      "serve",
      "--port",
      "0",
      "--state",
      file,
      "--sqlite-driver",
      "better-sqlite3",
    ]);
    expectRefusal(result, file, /better-sqlite3 12 aborts the process on Node v24/);
    expect(result.stderr).toContain("use node:sqlite");
  });
});
