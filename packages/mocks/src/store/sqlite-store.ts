import type { SqliteDatabase, SqliteDriverChoice, SqliteDriverName } from "./sqlite/driver.js";
import { openStateFile } from "./sqlite/open-state-file.js";
import { SerialQueue } from "./serial-queue.js";
import type {
  CollectionRef,
  PartitionSnapshot,
  Store,
  StoreTransaction,
  StoredRecord,
} from "./store.js";

/**
 * `full` syncs the write-ahead log to disk at every commit, so an
 * acknowledged write survives a power cut as well as a killed process.
 * `normal` syncs at checkpoints only: faster, and still safe when only the
 * process dies (the log is in the operating system's hands at commit).
 */
export type SqliteSynchronous = "full" | "normal";

export interface SqliteStoreOptions {
  file: string;
  synchronous?: SqliteSynchronous;
  /** Which SQLite binding opens the file (default `auto`: node:sqlite where Node has it). */
  driver?: SqliteDriverChoice;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS records (
  partition TEXT NOT NULL,
  collection TEXT NOT NULL,
  scope TEXT NOT NULL,
  id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (partition, collection, scope, id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS records_by_seq ON records (partition, collection, scope, seq);
`;

interface Row {
  id: string;
  seq: number;
  value: string;
}

/**
 * State in one SQLite file (write-ahead log), held by one process at a time
 * (see `openStateFile`). Every
 * transaction commits before its promise resolves, which is before the
 * emulator answers the request: a write the client saw acknowledged is in the
 * file.
 */
export class SqliteStore implements Store {
  readonly kind = "sqlite";
  private readonly queue = new SerialQueue();
  private lastSeq: number;
  private readonly statements: ReturnType<typeof prepare>;

  private constructor(private readonly db: SqliteDatabase) {
    this.statements = prepare(db);
    this.lastSeq = this.maxSeq();
  }

  static async open(options: SqliteStoreOptions): Promise<SqliteStore> {
    const db = await openStateFile({
      file: options.file,
      synchronous: options.synchronous === "normal" ? "NORMAL" : "FULL",
      driver: options.driver ?? "auto",
      schema: SCHEMA,
    });
    return new SqliteStore(db);
  }

  /** The SQLite binding in use, for the start banner. */
  get driver(): SqliteDriverName {
    return this.db.driver;
  }

  transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      this.statements.begin.run();
      try {
        const result = await work(this.transactionView());
        this.statements.commit.run();
        return result;
      } catch (error) {
        this.statements.rollback.run();
        this.lastSeq = this.maxSeq();
        throw error;
      }
    });
  }

  partitions(): Promise<string[]> {
    return this.queue.run(async () =>
      (this.statements.partitions.all() as { partition: string }[]).map((row) => row.partition),
    );
  }

  exportPartition(partition: string): Promise<PartitionSnapshot> {
    return this.queue.run(async () => {
      const rows = this.statements.exportPartition.all(partition) as (Row & {
        collection: string;
        scope: string;
      })[];
      return {
        records: rows.map((row) => ({
          collection: row.collection,
          scope: row.scope,
          id: row.id,
          value: JSON.parse(row.value) as unknown,
        })),
      };
    });
  }

  replacePartitions(
    snapshots: Readonly<Record<string, PartitionSnapshot>>,
    options: { clearAll?: boolean } = {},
  ): Promise<void> {
    return this.queue.run(async () => {
      const lastSeq = this.lastSeq;
      try {
        this.db.transaction(() => {
          if (options.clearAll) this.statements.clearAll.run();
          for (const [partition, snapshot] of Object.entries(snapshots)) {
            this.statements.clearPartition.run(partition);
            for (const record of snapshot.records) {
              this.lastSeq += 1;
              this.statements.upsert.run(
                partition,
                record.collection,
                record.scope,
                record.id,
                this.lastSeq,
                JSON.stringify(record.value),
              );
            }
          }
        })();
      } catch (error) {
        this.lastSeq = lastSeq;
        throw error;
      }
    });
  }

  close(): Promise<void> {
    return this.queue.run(async () => {
      this.db.close();
    });
  }

  private maxSeq(): number {
    return (this.statements.maxSeq.get() as { seq: number | null }).seq ?? 0;
  }

  private transactionView(): StoreTransaction {
    const s = this.statements;
    return {
      get: async <T>(ref: CollectionRef, id: string) => {
        const row = s.get.get(ref.partition, ref.collection, ref.scope, id) as
          { value: string } | undefined;
        return row === undefined ? undefined : (JSON.parse(row.value) as T);
      },
      page: async <T>(ref: CollectionRef, afterSeq: number, limit: number) => {
        const rows = s.page.all(ref.partition, ref.collection, ref.scope, afterSeq, limit) as Row[];
        return rows.map((row): StoredRecord<T> => ({
          id: row.id,
          seq: row.seq,
          value: JSON.parse(row.value) as T,
        }));
      },
      count: async (ref) =>
        (s.count.get(ref.partition, ref.collection, ref.scope) as { n: number }).n,
      put: async <T>(ref: CollectionRef, id: string, value: T) => {
        this.lastSeq += 1;
        s.upsert.run(
          ref.partition,
          ref.collection,
          ref.scope,
          id,
          this.lastSeq,
          JSON.stringify(value),
        );
      },
      delete: async (ref, id) =>
        s.delete.run(ref.partition, ref.collection, ref.scope, id).changes > 0,
      deleteScope: async (partition, scope) =>
        // "0" is the character after "/": the range holds exactly the scopes under `scope/`.
        s.deleteScope.run(partition, scope, `${scope}/`, `${scope}0`).changes,
    };
  }
}

function prepare(db: SqliteDatabase) {
  return {
    begin: db.prepare("BEGIN"),
    commit: db.prepare("COMMIT"),
    rollback: db.prepare("ROLLBACK"),
    get: db.prepare(
      "SELECT value FROM records WHERE partition = ? AND collection = ? AND scope = ? AND id = ?",
    ),
    page: db.prepare(
      "SELECT id, seq, value FROM records WHERE partition = ? AND collection = ? AND scope = ? AND seq > ? ORDER BY seq LIMIT ?",
    ),
    count: db.prepare(
      "SELECT COUNT(*) AS n FROM records WHERE partition = ? AND collection = ? AND scope = ?",
    ),
    upsert: db.prepare(
      "INSERT INTO records (partition, collection, scope, id, seq, value) VALUES (?, ?, ?, ?, ?, ?) " +
        "ON CONFLICT (partition, collection, scope, id) DO UPDATE SET value = excluded.value",
    ),
    delete: db.prepare(
      "DELETE FROM records WHERE partition = ? AND collection = ? AND scope = ? AND id = ?",
    ),
    deleteScope: db.prepare(
      "DELETE FROM records WHERE partition = ? AND (scope = ? OR (scope >= ? AND scope < ?))",
    ),
    maxSeq: db.prepare("SELECT MAX(seq) AS seq FROM records"),
    partitions: db.prepare("SELECT DISTINCT partition FROM records ORDER BY partition"),
    exportPartition: db.prepare(
      "SELECT collection, scope, id, seq, value FROM records WHERE partition = ? ORDER BY seq",
    ),
    clearPartition: db.prepare("DELETE FROM records WHERE partition = ?"),
    clearAll: db.prepare("DELETE FROM records"),
  };
}
