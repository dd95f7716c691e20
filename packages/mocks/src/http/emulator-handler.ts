import {
  createChimeHandler,
  type ChimeHttpRequest,
  type ChimeHttpResponse,
  type ChimeResponseEvent,
} from "@chimekit/server";
import type { ChimeEmulator } from "../emulator/chime-emulator.js";
import { CallLog } from "../control/call-log.js";
import { CONTROL_PREFIX, createControlHandler } from "../control/control-api.js";
import { FaultPlan } from "../control/faults.js";
import { instrumentService } from "../control/instrumented-service.js";

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
  /** How many calls the history keeps; 0 turns it off. Default 1000. */
  callHistory?: number;
  /** Called once per API request with its operation, status and duration. */
  onResponse?: (event: ChimeResponseEvent) => void;
  /** Reported by the control API's health check. */
  version?: string;
}

export interface EmulatorHandler {
  handle(request: ChimeHttpRequest): Promise<ChimeHttpResponse>;
  calls: CallLog;
  faults: FaultPlan;
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
  const service = instrumentService(emulator, { calls, faults, latencyMs: options.latencyMs });
  const api = createChimeHandler(service, {
    auth: {
      mode: options.auth ?? "off",
      credentials: (accessKeyId: string) => emulator.credentialsOf(accessKeyId),
    },
    onResponse: options.onResponse,
  });
  const control =
    options.control === false
      ? undefined
      : createControlHandler({ emulator, calls, faults, version: options.version });
  return {
    calls,
    faults,
    handle: (request) =>
      control && request.path.startsWith(CONTROL_PREFIX)
        ? control(request)
        : api(request, undefined),
  };
}
