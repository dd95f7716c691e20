import type { ChimeHttpRequest, ChimeHttpResponse } from "@chimekit/server";
import { operationTable } from "../generated/operations.js";
import type { ChimeEmulator } from "../emulator/chime-emulator.js";
import { ClockRangeError, parseDuration } from "../emulator/engine/clock.js";
import {
  ControlInputError,
  checkDepth,
  describe,
  strictObject,
  strictQuery,
} from "../emulator/input-checks.js";
import { isAwsAccountId } from "../emulator/partitions.js";
import type { CallLog } from "./call-log.js";
import { createControlGuard, type ControlGuardOptions } from "./control-guard.js";
import { FaultRequestError, type FaultPlan } from "./faults.js";

/** Where the control API lives: every path under it belongs to the emulator, none to the Chime API. */
export const CONTROL_PREFIX = "/_chimekit/";

/** `POST /_chimekit/state` reads bodies up to this size by default: an export of 100,000 users fits. */
export const DEFAULT_MAX_IMPORT_BYTES = 512 * 1024 * 1024;

export interface ControlApiOptions {
  emulator: ChimeEmulator;
  calls: CallLog;
  faults: FaultPlan;
  /** The package version, reported by `GET health`. */
  version?: string;
  /** Who may reach the control API (Host, cross-site, credential); see `createControlGuard`. */
  guard?: ControlGuardOptions;
  /**
   * Largest body (`--max-import-bytes`). A transport reads no more: a body
   * that arrives longer was cut short there, and is answered 413. Default
   * DEFAULT_MAX_IMPORT_BYTES.
   */
  maxBodyBytes?: number;

  /** Pages served under the prefix before the routes below (the dashboard); undefined passes. */
  dashboard?: (request: ChimeHttpRequest) => ChimeHttpResponse | undefined;
}

/** The dashboard's page and assets: anyone who passes the Host check may load them; their data calls need the credential. */
function isPublicPage(path: string): boolean {
  return path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}dashboard/`);
}

class ControlError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Route = (request: ParsedRequest) => Promise<unknown>;

interface ParsedRequest {
  query: URLSearchParams;
  /** The JSON body, or `undefined` when there is none. */
  body: () => unknown;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function json(statusCode: number, value: unknown): ChimeHttpResponse {
  return {
    statusCode,
    headers: { "content-type": "application/json", "cache-control": "no-store" },
    body: encoder.encode(JSON.stringify(value, null, 2) + "\n"),
  };
}

function awsAccountParam(value: unknown, where: string): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string" || !isAwsAccountId(value)) {
    throw new ControlInputError(
      `${where}: awsAccountId`,
      `must be a 12-digit AWS account ID (got ${JSON.stringify(value)})`,
    );
  }
  return value;
}

/** A body that must be a JSON object with only `known` members; absent (no body) reads as `{}`. */
function bodyObject(request: ParsedRequest, where: string, known: readonly string[]) {
  const body = request.body();
  return body === undefined ? {} : strictObject(body, where, known);
}

/** A whole number of a query parameter within bounds, or the default when absent. */
function wholeParam(
  query: URLSearchParams,
  name: string,
  where: string,
  bounds: { min: number; max: number; fallback?: number },
): number | undefined {
  const text = query.get(name);
  if (text === null) return bounds.fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < bounds.min || value > bounds.max) {
    throw new ControlInputError(
      `${where}: ${name}`,
      `must be a whole number from ${bounds.min} to ${bounds.max} (got ${JSON.stringify(text)})`,
    );
  }
  return value;
}

/**
 * The control API, transport-neutral like the Chime handler: health, reset,
 * state export and import, seeds, call history, faults and the clock. Every
 * answer is JSON; mistakes are 4xx answers `{code, message}` whose message
 * names the parameter or the JSON path at fault. Requests pass the guard
 * (Host, cross-site, credential) before any route runs, and inputs are
 * checked whole before anything changes: a refused request changes nothing.
 */
export function createControlHandler(options: ControlApiOptions) {
  const { emulator, calls, faults } = options;
  const guard = createControlGuard({ isPublicPage, ...options.guard });
  const routes: Record<string, Route> = {
    "GET health": async ({ query }) => {
      strictQuery(query, "GET health", []);
      return {
        status: "ok",
        version: options.version,
        store: emulator.store.kind,
        now: emulator.now().toISOString(),
        operations: Object.keys(operationTable).length,
        awsAccounts: await emulator.awsAccounts(),
      };
    },
    "POST reset": async (request) => {
      strictQuery(request.query, "POST reset", ["awsAccountId"]);
      const requested = bodyObject(request, "POST reset: the body", ["awsAccountId"]);
      const fromQuery = awsAccountParam(request.query.get("awsAccountId"), "POST reset");
      const fromBody = awsAccountParam(requested.awsAccountId, "POST reset");
      if (fromQuery !== undefined && fromBody !== undefined && fromQuery !== fromBody) {
        throw new ControlInputError(
          "POST reset: awsAccountId",
          `is given twice, differently (query ${fromQuery}, body ${fromBody})`,
        );
      }
      const awsAccountId = fromQuery ?? fromBody;
      await emulator.reset(awsAccountId);
      if (awsAccountId === undefined) calls.clear();
      return { reset: awsAccountId ?? "all" };
    },
    "GET state": async ({ query }) => {
      strictQuery(query, "GET state", ["awsAccountId"]);
      return emulator.exportState(awsAccountParam(query.get("awsAccountId"), "GET state"));
    },
    "POST state": async ({ query, body }) => {
      strictQuery(query, "POST state", []);
      await emulator.importState(body());
      return { imported: true, awsAccounts: await emulator.awsAccounts() };
    },
    "POST seed": async ({ query, body }) => {
      strictQuery(query, "POST seed", []);
      await emulator.seed(body());
      return { seeded: true, awsAccounts: await emulator.awsAccounts() };
    },
    "GET calls": async ({ query }) => {
      const where = "GET calls";
      strictQuery(query, where, ["limit", "after", "operation", "awsAccountId", "status"]);
      const status = query.get("status") ?? undefined;
      if (status !== undefined && status !== "ok" && status !== "error") {
        throw new ControlInputError(
          `${where}: status`,
          `must be ok or error (got ${JSON.stringify(status)})`,
        );
      }
      return calls.page({
        limit: wholeParam(query, "limit", where, { min: 1, max: 1000, fallback: 100 })!,
        after: wholeParam(query, "after", where, { min: 0, max: Number.MAX_SAFE_INTEGER }),
        operation: query.get("operation") ?? undefined,
        awsAccountId: awsAccountParam(query.get("awsAccountId"), where),
        status,
      });
    },
    "DELETE calls": async (request) => {
      strictQuery(request.query, "DELETE calls", []);
      bodyObject(request, "DELETE calls: the body", []);
      calls.clear();
      return { cleared: true };
    },
    "GET faults": async ({ query }) => {
      strictQuery(query, "GET faults", []);
      return { faults: faults.list() };
    },
    "POST faults": async (request) => {
      strictQuery(request.query, "POST faults", []);
      const requested = bodyObject(request, "POST faults: the body", [
        "operation",
        "error",
        "message",
        "latency",
        "count",
      ]);
      return { added: faults.add(requested), faults: faults.list() };
    },
    "DELETE faults": async (request) => {
      strictQuery(request.query, "DELETE faults", ["id"]);
      bodyObject(request, "DELETE faults: the body", []);
      const id = wholeParam(request.query, "id", "DELETE faults", {
        min: 1,
        max: Number.MAX_SAFE_INTEGER,
      });
      if (id === undefined) {
        faults.clear();
        return { cleared: true };
      }
      if (!faults.remove(id)) {
        throw new ControlError(404, "NoSuchFault", `DELETE faults: no planned fault has id ${id}`);
      }
      return { removed: id, faults: faults.list() };
    },
    "GET clock": async ({ query }) => {
      strictQuery(query, "GET clock", []);
      return { now: emulator.now().toISOString(), offsetMs: emulator.clock.offsetMs };
    },
    "POST clock": async (request) => {
      strictQuery(request.query, "POST clock", []);
      const requested = bodyObject(request, "POST clock: the body", ["advance"]);
      if (typeof requested.advance !== "string" && typeof requested.advance !== "number") {
        throw new ControlInputError(
          "POST clock: advance",
          `must be a duration ("7d", "90m") or a number of milliseconds (got ${describe(requested.advance)})`,
        );
      }
      const now = await emulator.advanceClock(parseDuration(requested.advance));
      return { now: now.toISOString(), offsetMs: emulator.clock.offsetMs };
    },
  };

  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  return async (request: ChimeHttpRequest): Promise<ChimeHttpResponse> => {
    if (request.body.length > maxBodyBytes) {
      return json(413, {
        code: "PayloadTooLarge",
        message: `The control request body is larger than the limit of ${maxBodyBytes} bytes (--max-import-bytes).`,
      });
    }
    const refusal = guard(request);
    if (refusal) return json(refusal.statusCode, { code: refusal.code, message: refusal.message });
    const page = options.dashboard?.(request);
    if (page) return page;
    const name = request.path.slice(CONTROL_PREFIX.length).replace(/\/+$/, "");
    const route = routes[`${request.method} ${name}`];
    if (!route) {
      const known = Object.keys(routes).map((key) => key.replace(" ", ` ${CONTROL_PREFIX}`));
      return json(404, {
        code: "NoSuchControlRoute",
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
            "MalformedJson",
            `${request.method} ${request.path}: the body is not JSON (${(error as Error).message})`,
          );
        }
        checkDepth(parsed, `${request.method} ${request.path}: the body`);
      }
      return parsed;
    };
    try {
      return json(200, await route({ query: new URLSearchParams(request.query), body }));
    } catch (error) {
      if (error instanceof ControlError)
        return json(error.statusCode, { code: error.code, message: error.message });
      if (error instanceof ControlInputError)
        return json(400, { code: error.code, message: error.message });
      if (error instanceof FaultRequestError || error instanceof ClockRangeError) {
        return json(400, { code: "InvalidControlInput", message: error.message });
      }
      // A failure of the emulator itself (its store, a bug): named, since the caller is its owner.
      return json(500, {
        code: "EmulatorFailure",
        message: `emulator failure: ${(error as Error).message}`,
      });
    }
  };
}
