import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { toRequestListener } from "@chimekit/server";
import type { CallLog } from "../control/call-log.js";
import type { FaultPlan } from "../control/faults.js";
import type { ChimeEmulator } from "../emulator/chime-emulator.js";
import { createEmulatorHandler, type EmulatorHandlerOptions } from "./emulator-handler.js";
import { resolveLimits, type ServerLimits } from "./limits.js";

/** The port `chimekit-mock serve` listens on unless told otherwise. */
export const DEFAULT_PORT = 4580;
export const DEFAULT_HOST = "127.0.0.1";

export interface EmulatorServerOptions extends EmulatorHandlerOptions {
  host?: string;
  /** 0 picks a free port. Default 4580. */
  port?: number;
  /** Abuse limits; each one left out keeps its safe default (see `DEFAULT_LIMITS`). */
  limits?: Partial<ServerLimits>;
}

export interface RunningEmulator {
  /** `http://127.0.0.1:4580`: the endpoint to give the AWS CLI and SDKs. */
  url: string;
  host: string;
  port: number;
  emulator: ChimeEmulator;
  server: Server;
  calls: CallLog;
  faults: FaultPlan;
  /** The control API's credential (header `x-chimekit-control-token`), when it needs one. */
  controlToken?: string;
  /** Stops accepting connections, ends idle keep-alive connections and waits for requests in flight. */
  close(): Promise<void>;
}

/** Serves the emulator over HTTP: the Chime API and the control API on one port. */
export async function startEmulatorServer(
  options: EmulatorServerOptions,
): Promise<RunningEmulator> {
  const limits = resolveLimits({
    ...options.limits,
    ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
    ...(options.rateLimitPerSecond === undefined
      ? {}
      : { rateLimitPerSecond: options.rateLimitPerSecond }),
  });
  const handler = createEmulatorHandler({
    ...options,
    host: options.host ?? DEFAULT_HOST,
    maxBodyBytes: limits.maxBodyBytes,
    rateLimitPerSecond: limits.rateLimitPerSecond,
  });
  const server = createServer(
    {
      keepAliveTimeout: 5000,
      maxHeaderSize: limits.maxHeaderBytes,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // Checks for expired headers and request timeouts this often (node's default is 30 s).
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    },
    toRequestListener(handler.handle, {
      context: (req) => ({ remoteAddress: req.socket.remoteAddress }),
      maxBodyBytesFor: (req) => handler.maxBodyBytesFor(req.url ?? "/"),
    }),
  );
  server.maxConnections = limits.maxConnections;
  const host = options.host ?? DEFAULT_HOST;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    host,
    port,
    emulator: options.emulator,
    server,
    calls: handler.calls,
    faults: handler.faults,
    controlToken: handler.controlToken,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
