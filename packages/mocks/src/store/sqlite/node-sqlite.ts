import type { SqliteDatabase, SqliteStatement, SqliteValue } from "./driver.js";

/** The part of `node:sqlite` used here (its types arrive with @types/node 22). */
interface NodeSqliteModule {
  DatabaseSync: new (file: string, options: { timeout: number }) => NodeSqliteDatabase;
}

interface NodeSqliteDatabase {
  exec(sql: string): void;
  prepare(sql: string): {
    run(...params: SqliteValue[]): { changes: number | bigint };
    get(...params: SqliteValue[]): unknown;
    all(...params: SqliteValue[]): unknown[];
  };
  close(): void;
}

/**
 * `node:sqlite` when this Node serves it without a flag (22.13 and later),
 * `undefined` otherwise. `getBuiltinModule` (Node 20.16+) keeps the lookup
 * synchronous and lets an older Node answer "no" instead of throwing.
 */
function nodeSqlite(): NodeSqliteModule | undefined {
  return process.getBuiltinModule?.("node:sqlite") as NodeSqliteModule | undefined;
}

export function hasNodeSqlite(): boolean {
  return nodeSqlite() !== undefined;
}

/** Opens `file` with Node's built-in SQLite; `undefined` where this Node has none. */
export function openWithNodeSqlite(file: string): SqliteDatabase | undefined {
  const sqlite = nodeSqlite();
  if (sqlite === undefined) return undefined;
  // No busy wait: a file another process holds is reported at once.
  const db = new sqlite.DatabaseSync(file, { timeout: 0 });
  return {
    driver: "node:sqlite",
    exec: (sql) => db.exec(sql),
    prepare: (sql): SqliteStatement => {
      const statement = db.prepare(sql);
      return {
        run: (...params) => ({ changes: Number(statement.run(...params).changes) }),
        get: (...params) => statement.get(...params),
        all: (...params) => statement.all(...params),
      };
    },
    transaction: (work) => () => {
      db.exec("BEGIN");
      try {
        const result = work();
        db.exec("COMMIT");
        return result;
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      }
    },
    close: () => db.close(),
  };
}
