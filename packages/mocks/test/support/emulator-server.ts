import type { Chime } from "@aws-sdk/client-chime";
import { ChimeEmulator, type ChimeEmulatorOptions } from "../../src/emulator/chime-emulator.js";
import {
  startEmulatorServer,
  type EmulatorServerOptions,
  type RunningEmulator,
} from "../../src/http/start-server.js";

/**
 * A client package with the AWS SDK's surface: the official
 * `@aws-sdk/client-chime` and `@chimekit/client` both export an aggregated
 * `Chime` class with one method per operation.
 */
export interface ClientFlavor {
  name: string;
  load(): Promise<{ Chime: new (config: object) => Chime }>;
}

export const CLIENT_FLAVORS: ClientFlavor[] = [
  { name: "@aws-sdk/client-chime", load: () => import("@aws-sdk/client-chime") },
  {
    name: "@chimekit/client",
    load: () =>
      import("@chimekit/client") as unknown as Promise<{ Chime: new (config: object) => Chime }>,
  },
];

/** Which flavors can run here; a client that is not built yet is reported, not silently dropped. */
export async function availableFlavors(): Promise<ClientFlavor[]> {
  const available: ClientFlavor[] = [];
  for (const flavor of CLIENT_FLAVORS) {
    try {
      const loaded = await flavor.load();
      if (typeof loaded.Chime === "function") available.push(flavor);
      else
        console.warn(
          `scenario tests: ${flavor.name} has no Chime class yet; its scenarios are skipped`,
        );
    } catch (error) {
      console.warn(
        `scenario tests: ${flavor.name} cannot be loaded (${(error as Error).message}); its scenarios are skipped`,
      );
    }
  }
  return available;
}

export interface TestEmulator {
  running: RunningEmulator;
  emulator: ChimeEmulator;
  url: string;
  /** A client signing with `accessKeyId` (one partition per key), with retries off so faults surface. */
  client(accessKeyId?: string): Promise<Chime>;
  close(): Promise<void>;
}

export async function startTestEmulator(
  flavor: ClientFlavor,
  options: { emulator?: ChimeEmulatorOptions; server?: Partial<EmulatorServerOptions> } = {},
): Promise<TestEmulator> {
  const emulator = new ChimeEmulator({
    clock: { frozenAt: new Date("2025-01-01T00:00:00.000Z") },
    ...options.emulator,
  });
  const running = await startEmulatorServer({ emulator, port: 0, ...options.server });
  const { Chime: ChimeClass } = await flavor.load();
  return {
    running,
    emulator,
    url: running.url,
    client: async (accessKeyId = "AKIDSCENARIODEFAULT") =>
      new ChimeClass({
        endpoint: running.url,
        region: "us-east-1",
        credentials: { accessKeyId, secretAccessKey: "scenario-secret" },
        maxAttempts: 1,
      }),
    close: async () => {
      await running.close();
      await emulator.close();
    },
  };
}
