import type BetterSqlite3 from "better-sqlite3";
import type { SqliteDatabase, SqliteValue } from "./driver.js";

/**
 * Opens `file` with better-sqlite3, the driver for a Node without
 * `node:sqlite`. It is an optional dependency with a native build: a missing
 * package or a skipped build rejects here, and the caller says what to run.
 */
export async function openWithBetterSqlite3(file: string): Promise<SqliteDatabase> {
  const { default: Database } = await import("better-sqlite3");
  // No busy wait: a file another process holds is reported at once.
  const db: BetterSqlite3.Database = new Database(file, { timeout: 0 });
  return {
    driver: "better-sqlite3",
    exec: (sql) => void db.exec(sql),
    prepare: (sql) => db.prepare<SqliteValue[]>(sql),
    transaction: (work) => db.transaction(work),
    close: () => void db.close(),
  };
}
