/**
 * The storage contract of the emulator. Behaviour lives above it; a store only
 * keeps JSON values and their insertion order, so the in-memory store, the
 * SQLite store and any later server-grade store are interchangeable.
 *
 * Records are addressed by partition (an AWS account ID), collection (`users`,
 * `phoneNumbers`, ...), scope (the IDs of the enclosing resources joined by
 * `/`, empty at the top level) and ID. Every record keeps the sequence number
 * it got when first written, so lists come back in creation order and a page
 * cursor stays valid while other records come and go.
 */

/** The place of a record set: which AWS account, which collection, inside which parent. */
export interface CollectionRef {
  readonly partition: string;
  readonly collection: string;
  readonly scope: string;
}

export interface StoredRecord<T> {
  readonly id: string;
  /** Store-wide increasing number assigned on first write; kept by later writes. */
  readonly seq: number;
  readonly value: T;
}

/** Reads inside a transaction. Values are deeply frozen: copy before changing. */
export interface StoreReader {
  get<T>(ref: CollectionRef, id: string): Promise<T | undefined>;
  /** Up to `limit` records of one collection scope, in sequence order, after `afterSeq`. */
  page<T>(ref: CollectionRef, afterSeq: number, limit: number): Promise<StoredRecord<T>[]>;
  count(ref: CollectionRef): Promise<number>;
}

export interface StoreTransaction extends StoreReader {
  /** Inserts or replaces; a replaced record keeps its sequence number. */
  put<T>(ref: CollectionRef, id: string, value: T): Promise<void>;
  delete(ref: CollectionRef, id: string): Promise<boolean>;
  /**
   * Deletes every record of the partition, in any collection, whose scope is
   * `scope` or lies under it (`scope/...`): the cascade of a parent's removal.
   */
  deleteScope(partition: string, scope: string): Promise<number>;
}

/** A partition's content for export and import, in sequence order. */
export interface PartitionSnapshot {
  records: SnapshotRecord[];
}

export interface SnapshotRecord {
  collection: string;
  scope: string;
  id: string;
  value: unknown;
}

export interface Store {
  /** `memory` or `sqlite`: reported by the control API's health check. */
  readonly kind: string;
  /**
   * Runs `work` alone: transactions never interleave. Writes are kept when
   * `work` resolves (and durable before the promise resolves, for stores that
   * persist) and undone when it rejects.
   */
  transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T>;
  partitions(): Promise<string[]>;
  exportPartition(partition: string): Promise<PartitionSnapshot>;
  /**
   * Replaces partitions in one transaction, all or nothing: each partition
   * named in `snapshots` gets exactly the snapshot's records (an empty one
   * removes it), and with `clearAll` every other partition goes too. Records
   * get new sequence numbers in snapshot order.
   */
  replacePartitions(
    snapshots: Readonly<Record<string, PartitionSnapshot>>,
    options?: { clearAll?: boolean },
  ): Promise<void>;
  close(): Promise<void>;
}
