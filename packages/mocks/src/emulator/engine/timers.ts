import type { StoreTransaction } from "../../store/store.js";
import type { OperationContext } from "./operation-context.js";

/** Work that completes later in emulated time: a target (`ref`) and what to do with it (`kind`). */
export interface TimerTask {
  kind: string;
  ref: string;
}

interface StoredTimer extends TimerTask {
  dueAt: string;
}

export type TimerHandler = (op: OperationContext, ref: string) => Promise<void>;

const TIMERS = "timers";

/** Partitions whose next due time is cached; past it the cache starts over (one scan per partition). */
const MAX_CACHED_PARTITIONS = 10_000;

/**
 * Scheduled work per partition, kept in the store so that it survives a
 * restart. Due work runs in a transaction of its own before the call that
 * first sees its time, so the call reads the state after it and a failing
 * call does not undo it. The earliest due time per partition is cached: a
 * call with nothing due costs one comparison.
 */
export class TimerQueue {
  private readonly nextDue = new Map<string, number>();

  constructor(private readonly handlers: Readonly<Record<string, TimerHandler>>) {}

  /** Whether `runDue` has anything to do for the partition at `now`. */
  isDue(partition: string, now: Date): boolean {
    const next = this.nextDue.get(partition);
    return next === undefined || next <= now.getTime();
  }

  async schedule(
    tx: StoreTransaction,
    partition: string,
    dueAt: Date,
    id: string,
    task: TimerTask,
  ): Promise<void> {
    if (!(task.kind in this.handlers))
      throw new Error(`timers: no handler for task kind "${task.kind}"`);
    const timer: StoredTimer = { ...task, dueAt: dueAt.toISOString() };
    await tx.put(this.ref(partition), id, timer);
    const known = this.nextDue.get(partition);
    if (known !== undefined && dueAt.getTime() < known)
      this.nextDue.set(partition, dueAt.getTime());
  }

  async runDue(op: OperationContext): Promise<void> {
    const partition = op.awsAccountId;
    const now = op.now.getTime();
    const due: { id: string; seq: number; timer: StoredTimer }[] = [];
    let earliestLater = Number.POSITIVE_INFINITY;
    for (let after = 0; ;) {
      const page = await op.tx.page<StoredTimer>(this.ref(partition), after, 500);
      if (page.length === 0) break;
      for (const record of page) {
        const dueAt = Date.parse(record.value.dueAt);
        if (dueAt <= now) due.push({ id: record.id, seq: record.seq, timer: record.value });
        else earliestLater = Math.min(earliestLater, dueAt);
      }
      after = page[page.length - 1].seq;
    }
    // Every AWS account a caller names passes here, reads included: the cache must not grow with them.
    if (this.nextDue.size >= MAX_CACHED_PARTITIONS && !this.nextDue.has(partition))
      this.nextDue.clear();
    this.nextDue.set(partition, earliestLater);
    due.sort((a, b) => Date.parse(a.timer.dueAt) - Date.parse(b.timer.dueAt) || a.seq - b.seq);
    for (const { id, timer } of due) {
      await op.tx.delete(this.ref(partition), id);
      await this.handlers[timer.kind]?.(op, timer.ref);
    }
  }

  /** Drops cached due times (after a reset, an import or a failed run). */
  forget(partition?: string): void {
    if (partition === undefined) this.nextDue.clear();
    else this.nextDue.delete(partition);
  }

  private ref(partition: string) {
    return { partition, collection: TIMERS, scope: "" };
  }
}
