import type { ChimeService } from "@chimekit/server";
import { setTimeout as sleep } from "node:timers/promises";
import { operationTable, type OperationName } from "../generated/operations.js";
import type { ChimeEmulator } from "../emulator/chime-emulator.js";
import { serviceError } from "../emulator/service-errors.js";
import type { CallLog, RecordedCall } from "./call-log.js";
import type { FaultPlan } from "./faults.js";

/**
 * What the transport knows of one request, handed to the service as the
 * server's per-request context: who sent it, and the call the service
 * recorded for it (so the transport can add the status it answered, or
 * record a call refused before the service ran).
 */
export interface RequestScope {
  /** `addr:<client address>` or `key:<verified access key>`: the rate limiter's budget for this call. */
  rateKey: string;
  call?: RecordedCall;
}

export interface InstrumentOptions {
  calls: CallLog;
  faults: FaultPlan;
  /** Added to every call (`--latency`). */
  latencyMs?: number;
  /** Takes one call from a budget (`--rate-limit`); false when the budget is spent. */
  tryTake?: (rateKey: string) => boolean;
  /** The budget of a call: its verified access key under SigV4, else its client's address. */
  rateKeyOf?: (scope: RequestScope | undefined, accessKeyId: string | undefined) => string;
}

type ServiceContext = Parameters<ChimeService["getUser"]>[1];

/**
 * The emulator as the HTTP server sees it: each call may be throttled, waits
 * for the configured latency, may fail as the fault plan says, and lands in
 * the call history with its input and its output or error. Every method is
 * the same function: the operation is the one the server routed to, named as
 * the model names it (`context.operation`), carried unchanged to the history
 * and to `ChimeEmulator.call`; the caller's AWS account is resolved once, for
 * both.
 */
export function instrumentService(
  emulator: ChimeEmulator,
  options: InstrumentOptions,
): ChimeService {
  const call = async (input: unknown, context: ServiceContext) => {
    const operation: OperationName = context.operation;
    const scope = context.context as RequestScope | undefined;
    const started = performance.now();
    const caller = emulator.callerOf(context.identity);
    const recorded: RecordedCall = {
      requestId: context.requestId,
      operation,
      awsAccountId: caller.awsAccountId,
      timeMs: emulator.clock.nowMs(),
      durationMs: 0,
      input,
    };
    if (scope) scope.call = recorded;
    try {
      if (options.tryTake) {
        const rateKey = options.rateKeyOf?.(scope, caller.accessKeyId) ?? "";
        if (!options.tryTake(rateKey)) {
          throw serviceError(
            "ThrottledClientException",
            `Rate exceeded: ${operation} was called more often than the emulator's limit for ${rateKey.replace(":", " ")} allows.`,
          );
        }
      }
      const fault = options.faults.decide(operation);
      const wait = (options.latencyMs ?? 0) + fault.latencyMs;
      if (wait > 0) await sleep(wait);
      if (fault.error) throw serviceError(fault.error.shape, fault.error.message);
      recorded.output = await emulator.call(operation, input, caller);
      return recorded.output;
    } catch (error) {
      const { name, message } = error as Error;
      recorded.error = { name, message };
      throw error;
    } finally {
      recorded.durationMs = Math.round((performance.now() - started) * 100) / 100;
      options.calls.record(recorded);
    }
  };
  const service: Record<string, typeof call> = {};
  for (const { method } of Object.values(operationTable)) service[method] = call;
  return service as unknown as ChimeService;
}
