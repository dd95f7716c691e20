import { readFileSync } from "node:fs";
import { DashboardNotBuiltError } from "../control/dashboard-route.js";
import { ChimeEmulator } from "../emulator/chime-emulator.js";
import { openStore, type StoreConfig } from "../store/open-store.js";
import { StateFileError } from "../store/sqlite/state-file-error.js";
import { SqliteStore } from "../store/sqlite-store.js";
import type { Store } from "../store/store.js";
import { startEmulatorServer, type RunningEmulator } from "../http/start-server.js";
import { startBanner } from "./banner.js";
import { createLogger } from "./logger.js";
import { StartupError, type ServeOptions } from "./options.js";

async function listen(
  options: Parameters<typeof startEmulatorServer>[0],
): Promise<RunningEmulator> {
  try {
    return await startEmulatorServer(options);
  } catch (error) {
    await options.emulator.close();
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new StartupError(
        `port ${options.port} on ${options.host} is in use; choose another with --port`,
      );
    }
    if (error instanceof DashboardNotBuiltError) {
      throw new StartupError(`${error.message}; or start with --no-control`);
    }
    throw error;
  }
}

/** The store `--state` asks for; a state file that cannot be used is a StartupError naming it. */
async function openServeStore(options: ServeOptions): Promise<Store> {
  const config: StoreConfig =
    options.stateFile === undefined
      ? { kind: "memory" }
      : {
          kind: "sqlite",
          file: options.stateFile,
          synchronous: options.synchronous,
          driver: options.sqliteDriver,
        };
  try {
    return await openStore(config);
  } catch (error) {
    if (error instanceof StateFileError) throw new StartupError(error.message);
    throw error;
  }
}

function readSeed(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new StartupError(`--seed ${file}: ${(error as Error).message}`);
  }
}

/**
 * Starts the emulator as `chimekit-mock serve` does: store, seed, server,
 * one JSON log line per request, and a clean stop on SIGINT or SIGTERM.
 */
export async function serve(
  options: ServeOptions,
  { version, dashboardDir }: { version: string; dashboardDir?: string },
): Promise<RunningEmulator> {
  const logger = createLogger(options.logLevel);
  const seed = options.seedFile === undefined ? undefined : readSeed(options.seedFile);
  const store = await openServeStore(options);
  const emulator = new ChimeEmulator({
    store,
    idSeed: options.idSeed,
    accessKeys: options.accessKeys,
    defaultAwsAccountId: options.defaultAwsAccountId,
    timings: {
      ...(options.phoneNumberOrderMs === undefined
        ? {}
        : { phoneNumberOrderMs: options.phoneNumberOrderMs }),
      ...(options.callingNameUpdateMs === undefined
        ? {}
        : { callingNameUpdateMs: options.callingNameUpdateMs }),
    },
  });
  if (seed !== undefined) {
    try {
      await emulator.seed(seed);
    } catch (error) {
      await emulator.close();
      throw new StartupError(`--seed ${options.seedFile}: ${(error as Error).message}`);
    }
  }
  const running = await listen({
    emulator,
    host: options.host,
    port: options.port,
    auth: options.auth,
    latencyMs: options.latencyMs,
    faultRate: options.faultRate,
    faultSeed: options.faultSeed,
    control: options.control,
    dashboardDir,
    allowRemoteControl: options.allowRemoteControl,
    limits: options.limits,
    callHistory: options.callHistory,
    callHistoryBytes: options.callHistoryBytes,
    maxImportBytes: options.maxImportBytes,
    controlToken: options.controlToken,
    version,
    onResponse: (event) =>
      logger.info(
        {
          requestId: event.requestId,
          operation: event.operation,
          method: event.method,
          path: event.path,
          status: event.statusCode,
          ms: Math.round(event.durationMs * 100) / 100,
          ...(event.errorType ? { errorType: event.errorType } : {}),
        },
        "request",
      ),
  });
  const storeDescription =
    store instanceof SqliteStore ? `SQLite ${options.stateFile} (${store.driver})` : "in memory";
  const controlToken =
    running.controlToken === undefined
      ? undefined
      : { token: running.controlToken, generated: options.controlToken === undefined };
  process.stderr.write(`${startBanner(running.url, options, storeDescription, controlToken)}\n`);
  logger.info({ url: running.url, store: store.kind, version }, "listening");

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    logger.info({ signal }, "stopping");
    void running
      .close()
      .then(() => emulator.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, "failed to stop cleanly");
          process.exit(1);
        },
      );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return running;
}
