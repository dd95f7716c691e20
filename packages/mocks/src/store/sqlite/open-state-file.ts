import {
  sqliteFault,
  type SqliteDatabase,
  type SqliteDriverChoice,
  type SqliteDriverName,
} from "./driver.js";
import { openWithBetterSqlite3 } from "./better-sqlite3.js";
import { findLockHolder } from "./lock-holder.js";
import { hasNodeSqlite, openWithNodeSqlite } from "./node-sqlite.js";

/**
 * A state file that cannot be used: held by another process, damaged, not a
 * ChimeKit state file, or no SQLite driver to open it with. The message names
 * the file and the fault, for the command line to print as it is.
 */
export class StateFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`state file ${file}: ${detail}`);
    this.name = "StateFileError";
  }
}

export interface StateFileOptions {
  file: string;
  /** `FULL` or `NORMAL`: see `SqliteSynchronous`. */
  synchronous: "FULL" | "NORMAL";
  driver: SqliteDriverChoice;
  /** The tables and indexes the store keeps (idempotent DDL), checked against the file's own. */
  schema: string;
}

/**
 * Opens a state file for one writer. The connection takes SQLite's exclusive
 * lock at once and keeps it until it closes (`locking_mode = EXCLUSIVE`):
 * that is a POSIX record lock, which the kernel drops when its process ends
 * however it ends, kill -9 included, so a dead emulator never leaves the file
 * locked. A second process is refused with the holder's pid. Then the file
 * must pass SQLite's integrity check and hold the store's schema (or nothing
 * yet), so damage is reported at start instead of as failed requests later.
 */
export async function openStateFile(options: StateFileOptions): Promise<SqliteDatabase> {
  const { file } = options;
  const db = await openDriver(options);
  try {
    lockForOneWriter(db, file);
    db.exec(`PRAGMA synchronous = ${options.synchronous}`);
    checkIntegrity(db, file);
    await applySchema(db, options);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function lockForOneWriter(db: SqliteDatabase, file: string): void {
  try {
    // Exclusive locking before WAL keeps the log's index in this process's memory (no -shm file).
    db.exec("PRAGMA locking_mode = EXCLUSIVE");
    db.exec("PRAGMA journal_mode = WAL");
    // A write transaction takes the exclusive lock now rather than at the first request.
    db.exec("BEGIN EXCLUSIVE; COMMIT");
  } catch (error) {
    throw describeOpenFailure(error, file);
  }
}

function checkIntegrity(db: SqliteDatabase, file: string): void {
  let problems: string[];
  try {
    problems = (db.prepare("PRAGMA integrity_check(5)").all() as { integrity_check: string }[])
      .flatMap((row) => row.integrity_check.split("\n"))
      // "ok" when sound; otherwise "*** in database main ***" heads the problems.
      .filter((line) => line !== "ok" && !line.startsWith("***"));
  } catch (error) {
    throw describeOpenFailure(error, file);
  }
  if (problems.length > 0)
    throw new StateFileError(
      file,
      `fails SQLite's integrity check (${problems.join("; ")}); restore it from a copy or an export, or start with a new file`,
    );
}

interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

const SCHEMA_OBJECTS = "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'";

/**
 * Creates the store's tables in a new file; in an existing one, each table or
 * index must be the store's, as the same DDL writes it in a scratch database.
 */
async function applySchema(db: SqliteDatabase, options: StateFileOptions): Promise<void> {
  const { file, schema } = options;
  const expected = new Map(
    (await schemaOf(options, db.driver)).map((object) => [object.name, object] as const),
  );
  const found = db.prepare(SCHEMA_OBJECTS).all() as SchemaObject[];
  const foreign = found.filter((object) => !expected.has(object.name));
  if (foreign.length > 0)
    throw new StateFileError(
      file,
      `is not a ChimeKit state file: it holds ${foreign.map((o) => `${o.type} ${o.name}`).join(", ")}`,
    );
  for (const object of found) {
    const want = expected.get(object.name)!;
    if (object.type !== want.type || object.sql !== want.sql)
      throw new StateFileError(
        file,
        `fails the schema check: ${object.type} ${object.name} is "${object.sql}", expected "${want.sql}"`,
      );
  }
  db.exec(schema);
}

async function schemaOf(
  options: StateFileOptions,
  driver: SqliteDriverName,
): Promise<SchemaObject[]> {
  const scratch = await openDriver({ ...options, file: ":memory:", driver });
  try {
    scratch.exec(options.schema);
    return scratch.prepare(SCHEMA_OBJECTS).all() as SchemaObject[];
  } finally {
    scratch.close();
  }
}

function describeOpenFailure(error: unknown, file: string): Error {
  switch (sqliteFault(error)) {
    case "busy": {
      const holder = findLockHolder(file);
      const who =
        holder === undefined
          ? "another process"
          : `process ${holder.pid}${holder.command ? ` (${holder.command})` : ""}`;
      return new StateFileError(
        file,
        `is in use by ${who}; one state file serves one emulator at a time: stop that one or choose another file`,
      );
    }
    case "corrupt":
    case "notadb":
      return new StateFileError(
        file,
        `is not a usable SQLite database (${(error as Error).message}); restore it from a copy or an export, or start with a new file`,
      );
    case "cantopen":
      return new StateFileError(file, `cannot be opened (${(error as Error).message})`);
    default:
      return error as Error;
  }
}

async function openDriver(options: StateFileOptions): Promise<SqliteDatabase> {
  const { file } = options;
  const driver = options.driver === "auto" ? defaultDriver() : options.driver;
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
    return await openBetterSqlite3(file, options.driver);
  } catch (error) {
    if (error instanceof StateFileError) throw error;
    throw describeOpenFailure(error, file);
  }
}

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
