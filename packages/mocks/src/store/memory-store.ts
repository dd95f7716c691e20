import { frozenCopy } from "./freeze.js";
import { SerialQueue } from "./serial-queue.js";
import type {
  CollectionRef,
  PartitionSnapshot,
  Store,
  StoreTransaction,
  StoredRecord,
} from "./store.js";

interface Entry {
  readonly id: string;
  readonly seq: number;
  value: unknown;
}

/**
 * One collection scope: a map for lookups and an append-only array in
 * sequence order for paging. Deleted entries stay in the array until enough
 * of them pile up to be worth compacting, so paging is a binary search plus a
 * short walk whatever the collection's size.
 */
class Bucket {
  readonly byId = new Map<string, Entry>();
  order: Entry[] = [];
  private dead = 0;

  constructor(
    readonly collection: string,
    readonly scope: string,
  ) {}

  isLive(entry: Entry): boolean {
    return this.byId.get(entry.id) === entry;
  }

  markDead(): void {
    this.dead += 1;
  }

  revive(): void {
    this.dead -= 1;
  }

  compact(): void {
    if (this.dead > 64 && this.dead * 2 > this.order.length) {
      this.order = this.order.filter((entry) => this.isLive(entry));
      this.dead = 0;
    }
  }

  /** Index of the first entry with a sequence number above `seq`. */
  firstAfter(seq: number): number {
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.order[middle].seq <= seq) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

type Undo = () => void;

/**
 * The buckets of one AWS account, by collection and then scope: two lookups
 * of strings the caller already has, rather than building a combined key on
 * every read.
 */
class Partition {
  private readonly byCollection = new Map<string, Map<string, Bucket>>();

  get(collection: string, scope: string): Bucket | undefined {
    return this.byCollection.get(collection)?.get(scope);
  }

  add(bucket: Bucket): void {
    let scopes = this.byCollection.get(bucket.collection);
    if (!scopes) this.byCollection.set(bucket.collection, (scopes = new Map()));
    scopes.set(bucket.scope, bucket);
  }

  *buckets(): IterableIterator<Bucket> {
    for (const scopes of this.byCollection.values()) yield* scopes.values();
  }
}

/** The default store: everything in the process's memory, gone when it exits. */
export class MemoryStore implements Store {
  readonly kind = "memory";
  private readonly partitionsById = new Map<string, Partition>();
  private readonly queue = new SerialQueue();
  private lastSeq = 0;

  transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      const undo: Undo[] = [];
      const touched = new Set<Bucket>();
      try {
        return await work(this.transactionView(undo, touched));
      } catch (error) {
        for (let i = undo.length - 1; i >= 0; i -= 1) undo[i]();
        throw error;
      } finally {
        for (const bucket of touched) bucket.compact();
      }
    });
  }

  async partitions(): Promise<string[]> {
    return [...this.partitionsById.keys()].filter((partition) =>
      [...this.partitionsById.get(partition)!.buckets()].some((bucket) => bucket.byId.size > 0),
    );
  }

  exportPartition(partition: string): Promise<PartitionSnapshot> {
    return this.queue.run(async () => {
      const entries: { bucket: Bucket; entry: Entry }[] = [];
      for (const bucket of this.partitionsById.get(partition)?.buckets() ?? []) {
        for (const entry of bucket.order) {
          if (bucket.isLive(entry)) entries.push({ bucket, entry });
        }
      }
      entries.sort((a, b) => a.entry.seq - b.entry.seq);
      return {
        records: entries.map(({ bucket, entry }) => ({
          collection: bucket.collection,
          scope: bucket.scope,
          id: entry.id,
          value: structuredClone(entry.value),
        })),
      };
    });
  }

  replacePartitions(
    snapshots: Readonly<Record<string, PartitionSnapshot>>,
    options: { clearAll?: boolean } = {},
  ): Promise<void> {
    return this.queue.run(async () => {
      // Built aside first: a copy that fails leaves the live partitions untouched.
      let seq = this.lastSeq;
      const built = new Map<string, Partition>();
      for (const [id, snapshot] of Object.entries(snapshots)) {
        const partition = new Partition();
        for (const record of snapshot.records) {
          let bucket = partition.get(record.collection, record.scope);
          if (!bucket) partition.add((bucket = new Bucket(record.collection, record.scope)));
          seq += 1;
          const entry: Entry = { id: record.id, seq, value: frozenCopy(record.value) };
          const replaced = bucket.byId.get(record.id);
          if (replaced) bucket.markDead();
          bucket.byId.set(record.id, entry);
          bucket.order.push(entry);
        }
        built.set(id, partition);
      }
      if (options.clearAll) this.partitionsById.clear();
      for (const [id, partition] of built) {
        // An empty snapshot removes the partition rather than keep an empty one around.
        if (snapshots[id].records.length === 0) this.partitionsById.delete(id);
        else this.partitionsById.set(id, partition);
      }
      this.lastSeq = seq;
    });
  }

  async close(): Promise<void> {
    await this.queue.run(async () => undefined);
  }

  private bucket(ref: CollectionRef, create: true): Bucket;
  private bucket(ref: CollectionRef, create: false): Bucket | undefined;
  private bucket(ref: CollectionRef, create: boolean): Bucket | undefined {
    let partition = this.partitionsById.get(ref.partition);
    if (!partition) {
      if (!create) return undefined;
      partition = new Partition();
      this.partitionsById.set(ref.partition, partition);
    }
    let bucket = partition.get(ref.collection, ref.scope);
    if (!bucket && create) {
      bucket = new Bucket(ref.collection, ref.scope);
      partition.add(bucket);
    }
    return bucket;
  }

  /** Writes without undo: for imports and for `put` after it recorded its undo. */
  private write(ref: CollectionRef, id: string, value: unknown): Bucket {
    const bucket = this.bucket(ref, true);
    const existing = bucket.byId.get(id);
    if (existing) {
      existing.value = value;
    } else {
      this.lastSeq += 1;
      const entry: Entry = { id, seq: this.lastSeq, value };
      bucket.byId.set(id, entry);
      bucket.order.push(entry);
    }
    return bucket;
  }

  private transactionView(undo: Undo[], touched: Set<Bucket>): StoreTransaction {
    const removeEntry = (bucket: Bucket, entry: Entry): void => {
      bucket.byId.delete(entry.id);
      bucket.markDead();
      undo.push(() => {
        bucket.byId.set(entry.id, entry);
        bucket.revive();
      });
    };
    return {
      get: async <T>(ref: CollectionRef, id: string) =>
        this.bucket(ref, false)?.byId.get(id)?.value as T | undefined,
      page: async <T>(ref: CollectionRef, afterSeq: number, limit: number) => {
        const bucket = this.bucket(ref, false);
        const records: StoredRecord<T>[] = [];
        if (!bucket) return records;
        for (let i = bucket.firstAfter(afterSeq); i < bucket.order.length; i += 1) {
          const entry = bucket.order[i];
          if (!bucket.isLive(entry)) continue;
          records.push({ id: entry.id, seq: entry.seq, value: entry.value as T });
          if (records.length >= limit) break;
        }
        return records;
      },
      count: async (ref) => this.bucket(ref, false)?.byId.size ?? 0,
      put: async <T>(ref: CollectionRef, id: string, value: T) => {
        const bucket = this.bucket(ref, true);
        const existing = bucket.byId.get(id);
        if (existing) {
          const previous = existing.value;
          undo.push(() => {
            existing.value = previous;
          });
        } else {
          undo.push(() => {
            const added = bucket.byId.get(id);
            if (added) {
              bucket.byId.delete(id);
              bucket.markDead();
            }
          });
        }
        this.write(ref, id, frozenCopy(value));
        touched.add(bucket);
      },
      delete: async (ref, id) => {
        const bucket = this.bucket(ref, false);
        const entry = bucket?.byId.get(id);
        if (!bucket || !entry) return false;
        removeEntry(bucket, entry);
        touched.add(bucket);
        return true;
      },
      deleteScope: async (partition, scope) => {
        let removed = 0;
        for (const bucket of this.partitionsById.get(partition)?.buckets() ?? []) {
          if (bucket.scope !== scope && !bucket.scope.startsWith(`${scope}/`)) continue;
          for (const entry of [...bucket.byId.values()]) {
            removeEntry(bucket, entry);
            removed += 1;
          }
          touched.add(bucket);
        }
        return removed;
      },
    };
  }
}
