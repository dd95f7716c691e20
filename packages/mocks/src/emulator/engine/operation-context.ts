import type { OperationName } from "../../generated/operations.js";
import type { StoreTransaction } from "../../store/store.js";
import type { IdSource } from "./ids.js";
import type { TimerTask } from "./timers.js";

/** Who made the call, as the resources that record a creator show it (`Room.CreatedBy`). */
export interface Caller {
  accessKeyId?: string;
  /** `arn:aws:iam::<AWS account>:user/<access key or "anonymous">`. */
  arn: string;
}

/** How long the emulated service takes for work that completes later, in emulated milliseconds. */
export interface EmulatorTimings {
  /** From CreatePhoneNumberOrder to the order's final status. */
  phoneNumberOrderMs: number;
  /** From a calling name update to `UpdateSucceeded`. */
  callingNameUpdateMs: number;
  /** How long a deleted phone number stays in the deletion queue before it is purged. */
  deletionQueueMs: number;
  /** How often the AWS account's default calling name can change. */
  phoneNumberSettingsIntervalMs: number;
}

export const DAY_MS = 86_400_000;

export const DEFAULT_TIMINGS: EmulatorTimings = {
  phoneNumberOrderMs: 0,
  callingNameUpdateMs: 0,
  deletionQueueMs: 7 * DAY_MS,
  phoneNumberSettingsIntervalMs: 7 * DAY_MS,
};

/** Work the emulator does outside any operation: applying seed fixtures, running due work. */
export type EmulatorTask = "Seed" | "ScheduledWork";

/** Everything one operation's rules need: its transaction, its partition, the time and the caller. */
export interface OperationContext {
  readonly operation: OperationName | EmulatorTask;
  readonly tx: StoreTransaction;
  /** The AWS account whose partition the call works on. */
  readonly awsAccountId: string;
  /** Emulated time, fixed for the whole operation. */
  readonly now: Date;
  readonly ids: IdSource;
  readonly caller: Caller;
  readonly timings: EmulatorTimings;
  /** Runs `task` once emulated time reaches `dueAt` (before the first call that sees that time). */
  schedule(dueAt: Date, task: TimerTask): Promise<void>;
}

export function iso(date: Date): string {
  return date.toISOString();
}

export function later(op: OperationContext, milliseconds: number): Date {
  return new Date(op.now.getTime() + milliseconds);
}
