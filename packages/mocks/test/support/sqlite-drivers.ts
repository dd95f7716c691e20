import type { SqliteDriverName } from "../../src/store/sqlite/driver.js";
import { openWithBetterSqlite3 } from "../../src/store/sqlite/better-sqlite3.js";
import { hasNodeSqlite } from "../../src/store/sqlite/node-sqlite.js";

async function betterSqlite3Loads(): Promise<boolean> {
  try {
    (await openWithBetterSqlite3(":memory:")).close();
    return true;
  } catch {
    return false;
  }
}

/**
 * The SQLite drivers this Node can run, so SQLite tests run once per driver:
 * node:sqlite from Node 22.13, better-sqlite3 wherever its native build is
 * there. CI has both on Node 24 and better-sqlite3 alone on Node 20.
 */
export const SQLITE_DRIVERS: SqliteDriverName[] = [
  ...(hasNodeSqlite() ? (["node:sqlite"] as const) : []),
  ...((await betterSqlite3Loads()) ? (["better-sqlite3"] as const) : []),
];
