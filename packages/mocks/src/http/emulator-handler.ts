import {
  createChimeHandler,
  type ChimeHttpRequest,
  type ChimeHttpResponse,
  type ChimeResponseEvent,
} from "@chimekit/server";
import type { ChimeEmulator } from "../emulator/chime-emulator.js";
import { randomBytes, randomUUID } from "node:crypto";
import { CallLog } from "../control/call-log.js";
import {
  CONTROL_PREFIX,
  createControlHandler,
  DEFAULT_MAX_IMPORT_BYTES,
} from "../control/control-api.js";
import { createDashboardRoute, loadDashboardAssets } from "../control/dashboard-route.js";
import { FaultPlan } from "../control/faults.js";
import { instrumentService, type RequestScope } from "../control/instrumented-service.js";
import { DEFAULT_LIMITS } from "./limits.js";
import { isLoopbackAddress } from "./loopback.js";
import { RateLimiter } from "./rate-limiter.js";
import { refusedCall } from "./refused-calls.js";

export type AuthMode = "off" | "presence" | "sigv4";

/** Who sent a request, as far as the transport knows. */
export interface ClientInfo {
  remoteAddress?: string;
}

export interface EmulatorHandlerOptions {
  emulator: ChimeEmulator;
  /** How requests are authenticated. `off` accepts unsigned requests. Default `off`. */
  auth?: AuthMode;
  /** Added to every API call. */
  latencyMs?: number;
  /** Share of API calls that fail with ServiceUnavailableException, from 0 to 1. */
  faultRate?: number;
  /** Seed of the random draws behind `faultRate`. */
  faultSeed?: number;
  /** Serve the control API under `/_chimekit/`. Default true. */
  control?: boolean;
  /** Serve the control API to clients other than loopback ones too. Default false. */
  allowRemoteControl?: boolean;
  /**
   * The folder of the built dashboard (the package's `dist/dashboard`), served
   * at `/_chimekit/` with the control API; `chimekit-mock serve` passes it.
   */
  dashboardDir?: string;
  /** Largest request body the Chime API reads. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Largest control API body (a state import). Default 512 MiB: an export of 100,000 users fits. */
  maxImportBytes?: number;
  /**
   * API calls per second, answered 429 ThrottledClientException above it; 0
   * or absent = no limit. The budget is per verified access key under
   * `sigv4` (where failed signatures also spend their client address's
   * budget), per client address otherwise.
   */
  rateLimitPerSecond?: number;
  /** How many calls the history keeps; 0 turns it off. Default 1000. */
  callHistory?: number;
  /** Approximate JSON size of the calls the history keeps, at most. Default 32 MiB. */
  callHistoryBytes?: number;
  /** The address the server listens on: a Host header naming it may reach the control API. */
  host?: string;
  /**
   * The control API's credential (header `x-chimekit-control-token`). Under
   * `auth: "sigv4"` one is made up when none is given (see
   * `EmulatorHandler.controlToken`); under other modes none is needed
   * unless given here.
   */
  controlToken?: string;
  /** Called once per API request with its operation, status and duration. */
  onResponse?: (event: ChimeResponseEvent) => void;
  /** Reported by the control API's health check. */
  version?: string;
}

export interface EmulatorHandler {
  /** `client` comes from the transport; without it the caller counts as a loopback client. */
  handle(request: ChimeHttpRequest, client?: ClientInfo): Promise<ChimeHttpResponse>;
  /**
   * The body limit of a request to `url` (its path and query): the control
   * API's for its routes, the Chime API's for the rest. A transport reads no
   * more; a body over it reaches `handle` cut short and is answered 413.
   */
  maxBodyBytesFor(url: string): number;
  calls: CallLog;
  faults: FaultPlan;
  /** The control API's credential, when it needs one. */
  controlToken?: string;
}

/** The failures of a signature check: under sigv4 each one spends its client address's budget. */
const AUTH_FAILURES = new Set([
  "MissingAuthenticationToken",
  "InvalidClientTokenId",
  "IncompleteSignature",
  "RequestExpired",
  "InvalidSignatureException",
]);

const encoder = new TextEncoder();

function throttledByAddress(rateKey: string): ChimeHttpResponse {
  return {
    statusCode: 429,
    headers: {
      "content-type": "application/json",
      "x-amzn-errortype": "ThrottledClientException",
      "x-amzn-requestid": randomUUID(),
    },
    body: encoder.encode(
      JSON.stringify({
        Code: "ThrottledClientException",
        Message: `Rate exceeded: ${rateKey.replace(":", " ")} sent more requests that failed their signature check than the emulator's limit allows.`,
      }),
    ),
  };
}

function controlRefused(remoteAddress: string | undefined): ChimeHttpResponse {
  return {
    statusCode: 403,
    headers: { "content-type": "application/json" },
    body: new TextEncoder().encode(
      JSON.stringify({
        message: `the control API answers loopback clients only (this request came from ${remoteAddress}); start the emulator with --allow-remote-control to serve it to others`,
      }) + "\n",
    ),
  };
}

/**
 * One transport-neutral handler for the whole emulator: `/_chimekit/...` goes
 * to the control API (unless turned off), everything else to the Chime API
 * served by `@chimekit/server` over the instrumented emulator.
 */
export function createEmulatorHandler(options: EmulatorHandlerOptions): EmulatorHandler {
  const { emulator } = options;
  const sigv4 = options.auth === "sigv4";
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_LIMITS.maxBodyBytes;
  const maxImportBytes = options.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  const calls = new CallLog({
    maxCalls: options.callHistory ?? 1000,
    maxBytes: options.callHistoryBytes,
  });
  const faults = new FaultPlan(options.faultRate ?? 0, options.faultSeed ?? 1);
  const limiter = options.rateLimitPerSecond
    ? new RateLimiter(options.rateLimitPerSecond)
    : undefined;
  const service = instrumentService(emulator, {
    calls,
    faults,
    latencyMs: options.latencyMs,
    tryTake: limiter && ((rateKey) => limiter.tryTake(rateKey)),
    // Under sigv4 the access key is verified: its budget cannot be dodged by making up keys.
    rateKeyOf: (scope, accessKeyId) =>
      sigv4 && accessKeyId !== undefined ? `key:${accessKeyId}` : (scope?.rateKey ?? "addr:local"),
  });
  /** The events of error answers, by request ID, from the answer's event until its call is recorded. */
  const errorEvents = new Map<string, ChimeResponseEvent>();
  const api = createChimeHandler(service, {
    auth: {
      mode: options.auth ?? "off",
      credentials: (accessKeyId: string) => emulator.credentialsOf(accessKeyId),
    },
    onResponse: (event) => {
      if (event.statusCode >= 400) errorEvents.set(event.requestId, event);
      options.onResponse?.(event);
    },
    maxBodyBytes,
  });
  const controlToken =
    options.controlToken ?? (sigv4 ? randomBytes(24).toString("base64url") : undefined);
  const control =
    options.control === false
      ? undefined
      : createControlHandler({
          emulator,
          calls,
          faults,
          version: options.version,
          maxBodyBytes: maxImportBytes,
          guard: { host: options.host, token: controlToken },
          dashboard:
            options.dashboardDir === undefined
              ? undefined
              : createDashboardRoute(loadDashboardAssets(options.dashboardDir)),
        });

  /**
   * The call history's part of an answer: the status of a call the emulator
   * ran, or a call the server refused before it ran (with the operation and
   * duration of the answer's event).
   */
  const settle = (
    request: ChimeHttpRequest,
    scope: RequestScope,
    response: ChimeHttpResponse,
  ): ChimeHttpResponse => {
    if (scope.call) {
      scope.call.statusCode = response.statusCode;
      if (response.statusCode >= 400) errorEvents.delete(scope.call.requestId ?? "");
      return response;
    }
    if (response.statusCode < 400) return response;
    const requestId = response.headers["x-amzn-requestid"] ?? "";
    const event = errorEvents.get(requestId);
    errorEvents.delete(requestId);
    if (sigv4 && limiter && AUTH_FAILURES.has(response.headers["x-amzn-errortype"] ?? "")) {
      limiter.tryTake(scope.rateKey);
    }
    calls.record(
      refusedCall(emulator, request, response, event?.operation, event?.durationMs ?? 0),
    );
    return response;
  };

  const callApi = (request: ChimeHttpRequest, client: ClientInfo | undefined) => {
    const scope: RequestScope = { rateKey: `addr:${client?.remoteAddress ?? "local"}` };
    if (sigv4 && limiter && !limiter.hasToken(scope.rateKey)) {
      return Promise.resolve(settle(request, scope, throttledByAddress(scope.rateKey)));
    }
    return api(request, scope).then((response) => settle(request, scope, response));
  };

  return {
    calls,
    faults,
    controlToken,
    maxBodyBytesFor: (url) =>
      control && url.startsWith(CONTROL_PREFIX) ? maxImportBytes : maxBodyBytes,
    handle: (request, client) => {
      if (!control || !request.path.startsWith(CONTROL_PREFIX)) return callApi(request, client);
      if (!options.allowRemoteControl && !isLoopbackAddress(client?.remoteAddress)) {
        return Promise.resolve(controlRefused(client?.remoteAddress));
      }
      return control(request);
    },
  };
}
