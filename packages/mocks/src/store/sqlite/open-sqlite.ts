import { openWithBetterSqlite3 } from "./better-sqlite3.js";
import { describeOpenFailure } from "./describe-open-failure.js";
import {
  sqliteFault,
  type SqliteDatabase,
  type SqliteDriverChoice,
  type SqliteDriverName,
} from "./driver.js";
import { hasNodeSqlite, openWithNodeSqlite } from "./node-sqlite.js";
import { StateFileError } from "./state-file-error.js";

/**
 * Opens `file` with the driver `choice` names (`auto`: node:sqlite where this
 * Node has it, better-sqlite3 otherwise). A driver that cannot run here is a
 * StateFileError saying what to run instead.
 */
export async function openSqlite(
  file: string,
  choice: SqliteDriverChoice,
): Promise<SqliteDatabase> {
  const driver = choice === "auto" ? defaultDriver() : choice;
  try {
    if (driver === "node:sqlite") {
      const db = openWithNodeSqlite(file);
      if (db === undefined)
        throw new StateFileError(
          file,
          `node:sqlite is not available in Node ${process.version} (it is in Node 22.13 and later); use the better-sqlite3 driver (--sqlite-driver better-sqlite3)`,
        );
      return db;
    }
    if (NODE_MAJOR >= 24)
      throw new StateFileError(
        file,
        `better-sqlite3 12 aborts the process on Node ${process.version} when a statement is garbage-collected; use node:sqlite (--sqlite-driver node:sqlite, or auto)`,
      );
    return await openBetterSqlite3(file, choice);
  } catch (error) {
    if (error instanceof StateFileError) throw error;
    throw describeOpenFailure(error, file);
  }
}

/**
 * better-sqlite3 12, the last line that builds for Node 20, wraps its objects
 * in a way Node 24 changed: a statement or database collected by the garbage
 * collector can trip a Node assertion and abort the process (seen here in the
 * test suite; fixed in better-sqlite3 13, which needs Node 22). Node 24 has
 * node:sqlite, so there it is the only driver.
 */
const NODE_MAJOR = Number(process.versions.node.split(".")[0]);

function defaultDriver(): SqliteDriverName {
  return hasNodeSqlite() ? "node:sqlite" : "better-sqlite3";
}

/**
 * better-sqlite3, or what to run to have SQLite: `auto` lands here only on a
 * Node without node:sqlite, where a newer Node is the other way out.
 */
async function openBetterSqlite3(
  file: string,
  choice: SqliteDriverChoice,
): Promise<SqliteDatabase> {
  try {
    return await openWithBetterSqlite3(file);
  } catch (error) {
    if (sqliteFault(error) !== undefined) throw error;
    const missing = (error as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND";
    const why =
      choice === "auto"
        ? `Node ${process.version} has no node:sqlite (Node 22.13 and later have it), and better-sqlite3`
        : "better-sqlite3";
    const remedy = missing
      ? "is not installed; run `npm install better-sqlite3`"
      : `is not built for Node ${process.version} (${oneLine(error)}); run \`npm rebuild better-sqlite3\` ` +
        "(with pnpm: `pnpm approve-builds`, then `pnpm rebuild better-sqlite3`)";
    const otherWay = hasNodeSqlite()
      ? ", or use --sqlite-driver node:sqlite"
      : ", or use Node 22.13 or later";
    throw new StateFileError(file, `needs SQLite: ${why} ${remedy}${otherWay}`);
  }
}

function oneLine(error: unknown): string {
  return String((error as Error).message ?? error)
    .replace(/\s+/g, " ")
    .trim();
}
