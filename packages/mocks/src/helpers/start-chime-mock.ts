import type { CallQuery, CallRecord } from "../control/call-log.js";
import type { FaultPlan } from "../control/faults.js";
import { ChimeEmulator, type ChimeEmulatorOptions } from "../emulator/chime-emulator.js";
import { startEmulatorServer, type EmulatorServerOptions } from "../http/start-server.js";

export interface StartChimeMockOptions extends Omit<EmulatorServerOptions, "emulator" | "port"> {
  /** The emulator to serve; a new in-memory one (built with `emulatorOptions`) by default. */
  emulator?: ChimeEmulator;
  emulatorOptions?: ChimeEmulatorOptions;
  /** Default 0: a free port picked by the system. */
  port?: number;
  /** The region `clientConfig` names. Default `us-east-1`. */
  region?: string;
}

/** What `new ChimeClient(clientConfig)` needs to talk to the mock: its endpoint, a region and test credentials. */
export interface ChimeMockClientConfig {
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
}

export interface ChimeMock {
  /** `http://127.0.0.1:<port>`: for SDK clients, the AWS CLI's `--endpoint-url`, or fetch. */
  endpoint: string;
  clientConfig: ChimeMockClientConfig;
  emulator: ChimeEmulator;
  faults: FaultPlan;
  /** Forgets all emulator state, the call history and planned faults, keeping the server up. */
  reset(): Promise<void>;
  /** The API calls answered so far, oldest first, optionally filtered. */
  calls(query?: CallQuery): CallRecord[];
  /** Stops the server. */
  close(): Promise<void>;
}

/** Test credentials: the emulator derives an AWS account from the key, so every suite can have its own. */
export const MOCK_CREDENTIALS = { accessKeyId: "AKIDCHIMEKITMOCK", secretAccessKey: "mock-secret" };

/**
 * Starts the emulator on an ephemeral port of 127.0.0.1, for a test suite's
 * `beforeAll`; `close()` in `afterAll`.
 */
export async function startChimeMock(options: StartChimeMockOptions = {}): Promise<ChimeMock> {
  const emulator = options.emulator ?? new ChimeEmulator(options.emulatorOptions);
  const running = await startEmulatorServer({ ...options, emulator, port: options.port ?? 0 });
  return {
    endpoint: running.url,
    clientConfig: {
      endpoint: running.url,
      region: options.region ?? "us-east-1",
      credentials: { ...MOCK_CREDENTIALS },
    },
    emulator,
    faults: running.faults,
    async reset() {
      await emulator.reset();
      running.calls.clear();
      running.faults.clear();
    },
    calls: (query) => running.calls.list(query),
    close: () => running.close(),
  };
}
