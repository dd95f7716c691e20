import { operationTable, type OperationName } from "../generated/operations.js";
import { isErrorShapeName, type ErrorShapeName } from "../emulator/engine/errors.js";
import { parseDuration } from "../emulator/engine/clock.js";
import { seededRandom } from "../emulator/engine/prng.js";
import { isModeledError } from "../emulator/service-errors.js";

/** A planned misbehaviour: the next `remaining` calls of an operation fail with an error, or wait first, or both. */
export interface FaultRule {
  id: number;
  /** An operation name, or `*` for every operation. */
  operation: OperationName | "*";
  /** A modeled error of the operation (`ThrottledClientException`, ...). */
  error?: ErrorShapeName;
  message?: string;
  latencyMs?: number;
  remaining: number;
}

/** What the control API accepts at `POST /_chimekit/faults`. */
export interface FaultRequest {
  operation?: unknown;
  error?: unknown;
  message?: unknown;
  latency?: unknown;
  count?: unknown;
}

export interface FaultDecision {
  error?: { shape: ErrorShapeName; message: string };
  latencyMs: number;
}

const NO_FAULT: FaultDecision = Object.freeze({ latencyMs: 0 });

/** Longest latency the emulator adds to a call (a fault's or `--latency`): ten minutes, far below what a timer can hold. */
export const MAX_LATENCY_MS = 10 * 60_000;

export class FaultRequestError extends Error {
  constructor(member: string, problem: string) {
    super(`faults: ${member} ${problem}`);
    this.name = "FaultRequestError";
  }
}

/**
 * Faults to inject: rules added through the control API, consumed call by
 * call in the order they were added, and an optional random failure rate
 * (`--fault-rate`) drawn from a seeded generator so that a run can be
 * replayed.
 */
export class FaultPlan {
  private rules: FaultRule[] = [];
  private lastId = 0;
  private readonly random: () => number;

  constructor(
    private readonly rate = 0,
    seed = 1,
  ) {
    if (!(rate >= 0 && rate <= 1))
      throw new RangeError(`fault rate ${rate} must be between 0 and 1`);
    this.random = seededRandom(seed);
  }

  /** Checks a request against the model (the operation exists, the error is one it models) and adds it. */
  add(request: FaultRequest): FaultRule {
    const operation = request.operation ?? "*";
    if (operation !== "*" && (typeof operation !== "string" || !(operation in operationTable))) {
      throw new FaultRequestError(
        "operation",
        `${JSON.stringify(operation)} is not an operation of the model (or "*")`,
      );
    }
    let error: ErrorShapeName | undefined;
    if (request.error !== undefined) {
      if (typeof request.error !== "string" || !isErrorShapeName(request.error)) {
        throw new FaultRequestError(
          "error",
          `${JSON.stringify(request.error)} is not an error shape of the model`,
        );
      }
      if (operation !== "*" && !isModeledError(operation as OperationName, request.error)) {
        throw new FaultRequestError(
          "error",
          `${request.error} is not modeled for ${operation}; it models ${operationTable[operation as OperationName].errors.join(", ")}`,
        );
      }
      error = request.error;
    }
    let latencyMs: number | undefined;
    if (request.latency !== undefined) {
      try {
        latencyMs = parseDuration(request.latency as string | number, MAX_LATENCY_MS);
      } catch (error) {
        throw new FaultRequestError("latency", (error as Error).message);
      }
    }
    if (error === undefined && latencyMs === undefined) {
      throw new FaultRequestError("error", "or latency is required: say what should go wrong");
    }
    const count = request.count ?? 1;
    if (typeof count !== "number" || !Number.isInteger(count) || count < 1) {
      throw new FaultRequestError(
        "count",
        `must be a whole number of calls, 1 or more (got ${JSON.stringify(count)})`,
      );
    }
    if (request.message !== undefined && typeof request.message !== "string") {
      throw new FaultRequestError("message", "must be a string");
    }
    this.lastId += 1;
    const rule: FaultRule = {
      id: this.lastId,
      operation: operation as OperationName | "*",
      error,
      message: request.message as string | undefined,
      latencyMs,
      remaining: count,
    };
    this.rules.push(rule);
    return rule;
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  clear(): void {
    this.rules = [];
  }

  /** Drops one rule; false when no rule has that id (already used up, or never added). */
  remove(id: number): boolean {
    const kept = this.rules.filter((rule) => rule.id !== id);
    const removed = kept.length < this.rules.length;
    this.rules = kept;
    return removed;
  }

  /** What happens to this call: consumes one use of the first matching rule, then rolls the random rate. */
  decide(operation: OperationName): FaultDecision {
    // Nothing planned, the common case: no rule to look for, no draw.
    if (this.rules.length === 0 && this.rate === 0) return NO_FAULT;
    const decision: FaultDecision = { latencyMs: 0 };
    const rule = this.rules.find(
      (candidate) =>
        (candidate.operation === "*" || candidate.operation === operation) &&
        (candidate.error === undefined || isModeledError(operation, candidate.error)),
    );
    if (rule) {
      rule.remaining -= 1;
      if (rule.remaining === 0) this.rules = this.rules.filter((candidate) => candidate !== rule);
      decision.latencyMs = rule.latencyMs ?? 0;
      if (rule.error) {
        decision.error = {
          shape: rule.error,
          message:
            rule.message ?? `${rule.error} injected by the emulator's fault plan (rule ${rule.id})`,
        };
      }
    }
    if (!decision.error && this.rate > 0 && this.random() < this.rate) {
      decision.error = {
        shape: "ServiceUnavailableException",
        message: `ServiceUnavailableException injected by the emulator's fault rate (${this.rate})`,
      };
    }
    return decision;
  }
}
