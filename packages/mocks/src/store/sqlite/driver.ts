/**
 * The few calls the SQLite store makes, behind one interface, so it runs on
 * Node's built-in `node:sqlite` (Node 22.13 and later) or on better-sqlite3
 * (older Node, a native build) without knowing which.
 */
export type SqliteDriverName = "node:sqlite" | "better-sqlite3";

/** `auto` takes `node:sqlite` where this Node has it, better-sqlite3 otherwise. */
export type SqliteDriverChoice = SqliteDriverName | "auto";

export const SQLITE_DRIVER_CHOICES: readonly SqliteDriverChoice[] = [
  "auto",
  "node:sqlite",
  "better-sqlite3",
];

export type SqliteValue = string | number | bigint | null;

export interface SqliteStatement {
  run(...params: SqliteValue[]): { changes: number };
  get(...params: SqliteValue[]): unknown;
  all(...params: SqliteValue[]): unknown[];
}

export interface SqliteDatabase {
  readonly driver: SqliteDriverName;
  exec(sql: string): void;
  prepare(sql: string): SqliteStatement;
  /** Wraps `work` so that calling the result runs it in one transaction (better-sqlite3's shape). */
  transaction<T>(work: () => T): () => T;
  close(): void;
}

/** SQLite's primary result codes that opening a state file can meet, by name. */
export type SqliteFault = "busy" | "corrupt" | "notadb" | "cantopen" | "other";

const FAULTS_BY_CODE: Record<number, SqliteFault> = {
  5: "busy",
  11: "corrupt",
  14: "cantopen",
  26: "notadb",
};

/**
 * What kind of SQLite failure `error` is. better-sqlite3 names it
 * (`SQLITE_BUSY`, `SQLITE_CORRUPT_VTAB` ...); node:sqlite gives the number
 * (`errcode`, possibly an extended code whose low byte is the primary one).
 */
export function sqliteFault(error: unknown): SqliteFault | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { code, errcode } = error as { code?: unknown; errcode?: unknown };
  if (typeof errcode === "number") return FAULTS_BY_CODE[errcode & 0xff] ?? "other";
  if (typeof code === "string" && code.startsWith("SQLITE_")) {
    const primary = code.slice("SQLITE_".length).split("_")[0].toLowerCase();
    return (Object.values(FAULTS_BY_CODE) as string[]).includes(primary)
      ? (primary as SqliteFault)
      : "other";
  }
  return undefined;
}
