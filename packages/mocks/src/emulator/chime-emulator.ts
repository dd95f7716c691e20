import type { ChimeService } from "@chimekit/server";
import { operationTable, type OperationName } from "../generated/operations.js";
import { MemoryStore } from "../store/memory-store.js";
import type { Store } from "../store/store.js";
import { EmulatedClock, type ClockOptions } from "./engine/clock.js";
import { EmulatorError } from "./engine/errors.js";
import { randomIds, seededIds } from "./engine/ids.js";
import {
  DEFAULT_TIMINGS,
  type EmulatorTimings,
  type OperationContext,
} from "./engine/operation-context.js";
import { OperationRunner } from "./engine/operation-runner.js";
import { TimerQueue } from "./engine/timers.js";
import { operationHandlers, timerHandlers } from "./operation-handlers.js";
import {
  awsAccountIdOf,
  type AccessKeyAccount,
  type CallerIdentity,
  type PartitionCaller,
} from "./partitions.js";
import { applySeed } from "./seed.js";
import { toServiceError } from "./service-errors.js";
import { checkState, META_PARTITION, type EmulatorState } from "./state.js";

export interface ChimeEmulatorOptions {
  /** Where state lives (see `openStore`); the in-memory store by default. */
  store?: Store;
  clock?: ClockOptions;
  /** Makes identifiers, PINs and tokens reproducible: the same seed gives the same values in the same order. */
  idSeed?: number;
  /** Emulated durations of work that completes later; see `DEFAULT_TIMINGS`. */
  timings?: Partial<EmulatorTimings>;
  /** Access key ID to AWS account (and secret, for SigV4 checking). Other keys get an account derived from the key. */
  accessKeys?: Readonly<Record<string, AccessKeyAccount>>;
  /** The AWS account of unsigned requests. Default `111122223333`. */
  defaultAwsAccountId?: string;
}

type ServiceContext = Parameters<ChimeService["getUser"]>[1];
type Handler = (op: OperationContext, input: unknown) => Promise<unknown>;

const CLOCK_RECORD = { partition: META_PARTITION, collection: "clock", scope: "" };

/**
 * The emulated Amazon Chime service: every operation of `ChimeService`
 * (`getUser`, `createRoom`, ...) with the reference's rules, over a store
 * partitioned by AWS account, plus what the control API drives (clock,
 * reset, state export and import, seeds).
 */
export interface ChimeEmulator extends ChimeService {}

export class ChimeEmulator {
  readonly store: Store;
  readonly clock: EmulatedClock;
  readonly timings: EmulatorTimings;
  private readonly timers = new TimerQueue(timerHandlers);
  private readonly runner: OperationRunner;
  /** Settles once the saved clock is restored; `call` skips waiting for it once it has. */
  private readonly ready: Promise<void>;
  private restored = false;

  constructor(private readonly options: ChimeEmulatorOptions = {}) {
    this.store = options.store ?? new MemoryStore();
    this.clock = new EmulatedClock(options.clock);
    this.timings = { ...DEFAULT_TIMINGS, ...options.timings };
    this.runner = new OperationRunner({
      store: this.store,
      clock: this.clock,
      ids: options.idSeed === undefined ? randomIds : seededIds(options.idSeed),
      timings: this.timings,
      timers: this.timers,
    });
    this.ready = this.restoreClock().then(() => {
      this.restored = true;
    });
    for (const operation of Object.keys(operationTable) as OperationName[]) {
      Object.defineProperty(this, operationTable[operation].method, {
        value: (input: unknown, context?: ServiceContext) =>
          this.call(operation, input, this.callerOf(context?.identity)),
        enumerable: false,
      });
    }
  }

  /** The AWS account (partition) a caller works on. */
  awsAccountIdOf(identity: CallerIdentity | undefined): string {
    return awsAccountIdOf(identity, {
      accessKeys: this.options.accessKeys,
      defaultAwsAccountId: this.options.defaultAwsAccountId,
    });
  }

  /** A caller with its partition resolved, for `call`. */
  callerOf(identity: CallerIdentity | undefined): PartitionCaller {
    return { awsAccountId: this.awsAccountIdOf(identity), accessKeyId: identity?.accessKeyId };
  }

  /** The secret and AWS account of a configured access key, for SigV4 checking. */
  credentialsOf(
    accessKeyId: string,
  ): { secretAccessKey: string; awsAccountId: string } | undefined {
    const key = this.options.accessKeys?.[accessKeyId];
    return key?.secretAccessKey === undefined
      ? undefined
      : { secretAccessKey: key.secretAccessKey, awsAccountId: key.awsAccountId };
  }

  now(): Date {
    return this.clock.now();
  }

  /**
   * Moves emulated time forward; work that falls due runs before the next
   * call that sees it. A move that would leave the years 1970 to 9999 is
   * refused and changes nothing; the new offset is saved before it applies.
   */
  async advanceClock(milliseconds: number): Promise<Date> {
    await this.ready;
    const offsetMs = this.clock.offsetAfter(milliseconds);
    await this.store.transaction((tx) => tx.put(CLOCK_RECORD, "offset", { offsetMs }));
    return this.clock.setOffset(offsetMs);
  }

  /** AWS accounts that hold any state. */
  async awsAccounts(): Promise<string[]> {
    return (await this.store.partitions()).filter((partition) => partition !== META_PARTITION);
  }

  /** Forgets one AWS account's state, or everything (the clock included), in one store transaction. */
  async reset(awsAccountId?: string): Promise<void> {
    await this.ready;
    await this.store.replacePartitions(
      awsAccountId === undefined ? {} : { [awsAccountId]: { records: [] } },
      { clearAll: awsAccountId === undefined },
    );
    this.timers.forget(awsAccountId);
    if (awsAccountId === undefined) this.clock.setOffset(0);
  }

  /** The state of one AWS account or of all, after running the work that is due. */
  async exportState(awsAccountId?: string): Promise<EmulatorState> {
    await this.ready;
    const partitions = awsAccountId === undefined ? await this.awsAccounts() : [awsAccountId];
    const state: EmulatorState = {
      format: "chimekit-emulator-state",
      version: 1,
      scope: awsAccountId === undefined ? "all" : "awsAccount",
      exportedAt: this.clock.now().toISOString(),
      clockOffsetMs: this.clock.offsetMs,
      awsAccounts: {},
    };
    for (const partition of partitions) {
      await this.runner.runDue(partition);
      state.awsAccounts[partition] = await this.store.exportPartition(partition);
    }
    return state;
  }

  /**
   * Replaces state with an export: everything for an export of all accounts,
   * or only the accounts the export holds. The whole document is checked
   * first (every record through the model's validation, the clock offset
   * within range), then applied in one store transaction: a refused import
   * changes nothing.
   */
  async importState(state: unknown): Promise<void> {
    await this.ready;
    const checked = checkState(state);
    const offsetMs =
      checked.scope === "all"
        ? this.clock.checkOffset(
            checked.clockOffsetMs,
            `importing clockOffsetMs ${checked.clockOffsetMs}`,
          )
        : this.clock.offsetMs;
    await this.store.replacePartitions(
      {
        ...checked.awsAccounts,
        [META_PARTITION]: {
          records: [
            { collection: CLOCK_RECORD.collection, scope: "", id: "offset", value: { offsetMs } },
          ],
        },
      },
      { clearAll: checked.scope === "all" },
    );
    this.timers.forget();
    this.clock.setOffset(offsetMs);
  }

  /**
   * Adds fixtures (accounts of any type, users, bots, rooms, phone numbers)
   * through the emulator's own rules, checked first and applied in one
   * transaction: a refused seed changes nothing.
   */
  async seed(fixtures: unknown): Promise<void> {
    await this.ready;
    await applySeed(fixtures, (awsAccountIds, work) => this.runner.runAcross(awsAccountIds, work));
  }

  async close(): Promise<void> {
    await this.ready;
    await this.store.close();
  }

  /**
   * Runs `operation` (named as the model names it: `GetUser`) for a caller
   * whose partition is resolved; the `ChimeService` methods (`getUser`) come
   * here, and so does the HTTP server's instrumented service, which resolves
   * the caller once for its call history and the partition alike.
   */
  async call(operation: OperationName, input: unknown, caller: PartitionCaller): Promise<unknown> {
    if (!this.restored) await this.ready;
    const handler = operationHandlers[operation] as Handler;
    try {
      return await this.runner.run(operation, caller, (op) => handler(op, input ?? {}));
    } catch (error) {
      if (error instanceof EmulatorError) throw toServiceError(operation, error);
      throw error;
    }
  }

  private async restoreClock(): Promise<void> {
    if (this.options.clock?.frozenAt !== undefined || this.options.clock?.offsetMs !== undefined)
      return;
    const saved = await this.store.transaction((tx) =>
      tx.get<{ offsetMs: number }>(CLOCK_RECORD, "offset"),
    );
    // Versions before the clock was bounded could save any offset; one out of range starts from the real time.
    if (saved) {
      try {
        this.clock.setOffset(this.clock.checkOffset(saved.offsetMs, "the saved clock offset"));
      } catch {
        this.clock.setOffset(0);
      }
    }
  }
}

/** An emulator on the in-memory store unless `options.store` names another. */
export function createChimeEmulator(options: ChimeEmulatorOptions = {}): ChimeEmulator {
  return new ChimeEmulator(options);
}
