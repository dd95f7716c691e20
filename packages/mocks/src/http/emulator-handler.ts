import {
  createChimeHandler,
  type ChimeHttpRequest,
  type ChimeHttpResponse,
  type ChimeResponseEvent,
} from "@chimekit/server";
import type { ChimeEmulator } from "../emulator/chime-emulator.js";
import { CallLog } from "../control/call-log.js";
import { CONTROL_PREFIX, createControlHandler } from "../control/control-api.js";
import { createDashboardRoute, loadDashboardAssets } from "../control/dashboard-route.js";
import { FaultPlan } from "../control/faults.js";
import { instrumentService } from "../control/instrumented-service.js";
import { isLoopbackAddress } from "./loopback.js";
import type { ClientInfo } from "./node-listener.js";
import { RateLimiter } from "./rate-limiter.js";

export type AuthMode = "off" | "presence" | "sigv4";

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
  /** API calls per second per access key, answered 429 ThrottledClientException above it; 0 or absent = no limit. */
  rateLimitPerSecond?: number;
  /** How many calls the history keeps; 0 turns it off. Default 1000. */
  callHistory?: number;
  /** Called once per API request with its operation, status and duration. */
  onResponse?: (event: ChimeResponseEvent) => void;
  /** Reported by the control API's health check. */
  version?: string;
}

export interface EmulatorHandler {
  /** `client` comes from the transport; without it the caller counts as a loopback client. */
  handle(request: ChimeHttpRequest, client?: ClientInfo): Promise<ChimeHttpResponse>;
  calls: CallLog;
  faults: FaultPlan;
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
  const calls = new CallLog(options.callHistory ?? 1000);
  const faults = new FaultPlan(options.faultRate ?? 0, options.faultSeed ?? 1);
  const service = instrumentService(emulator, {
    calls,
    faults,
    latencyMs: options.latencyMs,
    rateLimiter: options.rateLimitPerSecond
      ? new RateLimiter(options.rateLimitPerSecond)
      : undefined,
  });
  const api = createChimeHandler(service, {
    auth: {
      mode: options.auth ?? "off",
      credentials: (accessKeyId: string) => emulator.credentialsOf(accessKeyId),
    },
    onResponse: options.onResponse,
    maxBodyBytes: options.maxBodyBytes,
  });
  const control =
    options.control === false
      ? undefined
      : createControlHandler({
          emulator,
          calls,
          faults,
          version: options.version,
          dashboard:
            options.dashboardDir === undefined
              ? undefined
              : createDashboardRoute(loadDashboardAssets(options.dashboardDir)),
        });
  return {
    calls,
    faults,
    handle: (request, client) => {
      if (!control || !request.path.startsWith(CONTROL_PREFIX)) return api(request, undefined);
      if (!options.allowRemoteControl && !isLoopbackAddress(client?.remoteAddress)) {
        return Promise.resolve(controlRefused(client?.remoteAddress));
      }
      return control(request);
    },
  };
}
