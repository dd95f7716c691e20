import type { OperationName } from "../../src/generated/operations.js";
import { EmulatedClock } from "../../src/emulator/engine/clock.js";
import { seededIds } from "../../src/emulator/engine/ids.js";
import {
  DEFAULT_TIMINGS,
  type EmulatorTimings,
} from "../../src/emulator/engine/operation-context.js";
import { OperationRunner } from "../../src/emulator/engine/operation-runner.js";
import { TimerQueue } from "../../src/emulator/engine/timers.js";
import { operationHandlers, timerHandlers } from "../../src/emulator/operation-handlers.js";
import { awsAccountIdOf, type CallerIdentity } from "../../src/emulator/partitions.js";
import { MemoryStore } from "../../src/store/memory-store.js";

/**
 * The emulator's rules without the HTTP server: calls go straight to the
 * operation handlers and fail with the EmulatorError a rule threw.
 */
export function engineHarness(timings: Partial<EmulatorTimings> = {}) {
  const store = new MemoryStore();
  const clock = new EmulatedClock({ frozenAt: new Date("2025-01-01T00:00:00.000Z") });
  const runner = new OperationRunner({
    store,
    clock,
    ids: seededIds(42),
    timings: { ...DEFAULT_TIMINGS, ...timings },
    timers: new TimerQueue(timerHandlers),
  });
  const call = <T = any>(
    operation: OperationName,
    input: object,
    identity?: CallerIdentity,
  ): Promise<T> =>
    runner.run(
      operation,
      { awsAccountId: awsAccountIdOf(identity, {}), accessKeyId: identity?.accessKeyId },
      (op) =>
        (operationHandlers[operation] as (op: unknown, input: unknown) => Promise<T>)(op, input),
    );
  return { store, clock, runner, call };
}
