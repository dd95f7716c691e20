import type { SqliteDriverName } from "../../src/store/sqlite/driver.js";
import { openSqlite } from "../../src/store/sqlite/open-sqlite.js";

async function runsHere(driver: SqliteDriverName): Promise<boolean> {
  try {
    (await openSqlite(":memory:", driver)).close();
    return true;
  } catch {
    return false;
  }
}

/**
 * The SQLite drivers this Node runs, so SQLite tests run once per driver:
 * node:sqlite from Node 22.13, better-sqlite3 wherever it is built and below
 * Node 24. CI has better-sqlite3 on Node 20 and node:sqlite on Node 24.
 */
export const SQLITE_DRIVERS: SqliteDriverName[] = [];
for (const driver of ["node:sqlite", "better-sqlite3"] as const)
  if (await runsHere(driver)) SQLITE_DRIVERS.push(driver);
