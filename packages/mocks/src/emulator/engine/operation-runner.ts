import type { OperationName } from "../../generated/operations.js";
import type { Store, StoreTransaction } from "../../store/store.js";
import type { PartitionCaller } from "../partitions.js";
import type { EmulatedClock } from "./clock.js";
import type { IdSource } from "./ids.js";
import type { EmulatorTask, EmulatorTimings, OperationContext } from "./operation-context.js";
import type { TimerQueue } from "./timers.js";

export interface OperationRunnerOptions {
  store: Store;
  clock: EmulatedClock;
  ids: IdSource;
  timings: EmulatorTimings;
  timers: TimerQueue;
}

/**
 * Runs one call in the caller's partition: fixes the time, runs work that
 * fell due, then the operation's rules in one transaction, so an operation
 * either happens entirely or not at all.
 */
export class OperationRunner {
  constructor(private readonly options: OperationRunnerOptions) {}

  run<T>(
    operation: OperationName,
    caller: PartitionCaller,
    work: (op: OperationContext) => Promise<T>,
  ): Promise<T> {
    const transact = (now: Date) =>
      this.options.store.transaction((tx) =>
        work(this.context(operation, tx, caller.awsAccountId, now, caller.accessKeyId)),
      );
    // Most calls find no work due: they go straight to their transaction, without waiting a turn.
    const due = this.runDue(caller.awsAccountId);
    return due instanceof Promise ? due.then(transact) : transact(due);
  }

  /**
   * Runs emulator work (seeding) across several AWS accounts in one
   * transaction, as an anonymous caller: `work` gets a context per account,
   * and either every account's changes are kept or none.
   */
  async runAcross<T>(
    awsAccountIds: readonly string[],
    work: (contextOf: (awsAccountId: string) => OperationContext) => Promise<T>,
  ): Promise<T> {
    const now = new Map<string, Date>();
    for (const awsAccountId of awsAccountIds)
      now.set(awsAccountId, await this.runDue(awsAccountId));
    return this.options.store.transaction((tx) =>
      work((awsAccountId) =>
        this.context(
          "Seed",
          tx,
          awsAccountId,
          now.get(awsAccountId) ?? this.options.clock.now(),
          undefined,
        ),
      ),
    );
  }

  /**
   * Runs the partition's work that is due at the current emulated time, in
   * its own transaction; returns that time, at once when no work is due.
   */
  runDue(awsAccountId: string): Date | Promise<Date> {
    const { store, clock, timers } = this.options;
    const now = clock.now();
    if (!timers.isDue(awsAccountId, now)) return now;
    return store
      .transaction((tx) =>
        timers.runDue(this.context("ScheduledWork", tx, awsAccountId, now, undefined)),
      )
      .then(
        () => now,
        (error: unknown) => {
          timers.forget(awsAccountId);
          throw error;
        },
      );
  }

  private context(
    operation: OperationName | EmulatorTask,
    tx: StoreTransaction,
    awsAccountId: string,
    now: Date,
    accessKeyId: string | undefined,
  ): OperationContext {
    const { ids, timings, timers } = this.options;
    return {
      operation,
      tx,
      awsAccountId,
      now,
      ids,
      timings,
      caller: {
        accessKeyId,
        arn: `arn:aws:iam::${awsAccountId}:user/${accessKeyId ?? "anonymous"}`,
      },
      schedule: (dueAt, task) => timers.schedule(tx, awsAccountId, dueAt, ids.uuid(), task),
    };
  }
}
