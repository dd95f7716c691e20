import type { ChimeHttpRequest, ChimeHttpResponse } from "@chimekit/server";
import { operationTable } from "../generated/operations.js";
import type { ChimeEmulator } from "../emulator/chime-emulator.js";
import { parseDuration } from "../emulator/engine/clock.js";
import { isAwsAccountId } from "../emulator/partitions.js";
import { SeedError } from "../emulator/seed.js";
import { StateFormatError } from "../emulator/state.js";
import type { CallLog } from "./call-log.js";
import { FaultRequestError, type FaultPlan } from "./faults.js";

/** Where the control API lives: every path under it belongs to the emulator, none to the Chime API. */
export const CONTROL_PREFIX = "/_chimekit/";

export interface ControlApiOptions {
  emulator: ChimeEmulator;
  calls: CallLog;
  faults: FaultPlan;
  /** The package version, reported by `GET health`. */
  version?: string;
  /** Pages served under the prefix before the routes below (the dashboard); undefined passes. */
  dashboard?: (request: ChimeHttpRequest) => ChimeHttpResponse | undefined;
}

class ControlError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

type Route = (request: ParsedRequest) => Promise<unknown>;

interface ParsedRequest {
  query: URLSearchParams;
  body: () => unknown;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function json(statusCode: number, value: unknown): ChimeHttpResponse {
  return {
    statusCode,
    headers: { "content-type": "application/json" },
    body: encoder.encode(JSON.stringify(value, null, 2) + "\n"),
  };
}

function awsAccountParam(value: unknown, where: string): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string" || !isAwsAccountId(value)) {
    throw new ControlError(
      400,
      `${where}: awsAccountId must be a 12-digit AWS account ID (got ${JSON.stringify(value)})`,
    );
  }
  return value;
}

/**
 * The control API, transport-neutral like the Chime handler: health, reset,
 * state export and import, seeds, call history, faults and the clock. Every
 * answer is JSON; mistakes are 400s whose message names the parameter.
 */
export function createControlHandler(options: ControlApiOptions) {
  const { emulator, calls, faults } = options;
  const routes: Record<string, Route> = {
    "GET health": async () => ({
      status: "ok",
      version: options.version,
      store: emulator.store.kind,
      now: emulator.now().toISOString(),
      operations: Object.keys(operationTable).length,
      awsAccounts: await emulator.awsAccounts(),
    }),
    "POST reset": async ({ query, body }) => {
      const requested = body() as { awsAccountId?: unknown } | undefined;
      const awsAccountId = awsAccountParam(
        query.get("awsAccountId") ?? requested?.awsAccountId,
        "POST reset",
      );
      await emulator.reset(awsAccountId);
      if (awsAccountId === undefined) calls.clear();
      return { reset: awsAccountId ?? "all" };
    },
    "GET state": async ({ query }) =>
      emulator.exportState(awsAccountParam(query.get("awsAccountId") ?? undefined, "GET state")),
    "POST state": async ({ body }) => {
      await emulator.importState(body());
      return { imported: true, awsAccounts: await emulator.awsAccounts() };
    },
    "POST seed": async ({ body }) => {
      await emulator.seed(body());
      return { seeded: true, awsAccounts: await emulator.awsAccounts() };
    },
    "GET calls": async ({ query }) => {
      const limit = query.get("limit");
      if (limit !== null && !/^\d+$/.test(limit)) {
        throw new ControlError(400, `GET calls: limit must be a whole number (got "${limit}")`);
      }
      return {
        calls: calls.list({
          operation: query.get("operation") ?? undefined,
          awsAccountId: awsAccountParam(query.get("awsAccountId") ?? undefined, "GET calls"),
          limit: limit === null ? undefined : Number(limit),
        }),
      };
    },
    "DELETE calls": async () => {
      calls.clear();
      return { cleared: true };
    },
    "GET faults": async () => ({ faults: faults.list() }),
    "POST faults": async ({ body }) => ({
      added: faults.add((body() ?? {}) as object),
      faults: faults.list(),
    }),
    "DELETE faults": async () => {
      faults.clear();
      return { cleared: true };
    },
    "GET clock": async () => ({
      now: emulator.now().toISOString(),
      offsetMs: emulator.clock.offsetMs,
    }),
    "POST clock": async ({ body }) => {
      const requested = (body() ?? {}) as { advance?: unknown };
      if (typeof requested.advance !== "string" && typeof requested.advance !== "number") {
        throw new ControlError(
          400,
          'POST clock: give "advance" as a duration ("7d", "90m") or milliseconds',
        );
      }
      const now = await emulator.advanceClock(parseDuration(requested.advance));
      return { now: now.toISOString(), offsetMs: emulator.clock.offsetMs };
    },
  };

  return async (request: ChimeHttpRequest): Promise<ChimeHttpResponse> => {
    const page = options.dashboard?.(request);
    if (page) return page;
    const name = request.path.slice(CONTROL_PREFIX.length).replace(/\/+$/, "");
    const route = routes[`${request.method} ${name}`];
    if (!route) {
      const known = Object.keys(routes).map((key) => key.replace(" ", ` ${CONTROL_PREFIX}`));
      return json(404, {
        message: `no control route ${request.method} ${request.path}; routes: ${known.join(", ")}`,
      });
    }
    let parsed: unknown;
    const body = () => {
      if (parsed === undefined && request.body.length > 0) {
        try {
          parsed = JSON.parse(decoder.decode(request.body));
        } catch (error) {
          throw new ControlError(
            400,
            `${request.method} ${request.path}: the body is not JSON (${(error as Error).message})`,
          );
        }
      }
      return parsed;
    };
    try {
      return json(200, await route({ query: new URLSearchParams(request.query), body }));
    } catch (error) {
      if (error instanceof ControlError) return json(error.statusCode, { message: error.message });
      if (
        error instanceof FaultRequestError ||
        error instanceof StateFormatError ||
        error instanceof SeedError ||
        error instanceof RangeError
      ) {
        return json(400, { message: error.message });
      }
      throw error;
    }
  };
}
