import { describeOpenFailure } from "./describe-open-failure.js";
import type { SqliteDatabase, SqliteDriverChoice, SqliteDriverName } from "./driver.js";
import { openSqlite } from "./open-sqlite.js";
import { StateFileError } from "./state-file-error.js";

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
  const db = await openSqlite(file, options.driver);
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
  const scratch = await openSqlite(":memory:", driver);
  try {
    scratch.exec(options.schema);
    return scratch.prepare(SCHEMA_OBJECTS).all() as SchemaObject[];
  } finally {
    scratch.close();
  }
}
