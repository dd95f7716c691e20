import type { Chime } from "@aws-sdk/client-chime";
import { afterAll, beforeAll, describe } from "vitest";
import type { ChimeEmulatorOptions } from "../../src/emulator/chime-emulator.js";
import {
  availableFlavors,
  startTestEmulator,
  type ClientFlavor,
  type TestEmulator,
} from "./emulator-server.js";

const flavors = await availableFlavors();

export interface ScenarioContext {
  flavor: ClientFlavor;
  /** The running emulator (for clock moves and state checks). */
  env: () => TestEmulator;
  /** A client of the suite's own partition. */
  chime: () => Chime;
}

/**
 * Declares a scenario suite once per client package (the official AWS SDK
 * and `@chimekit/client`), each against its own emulator on a free port.
 */
export function scenario(
  title: string,
  body: (context: ScenarioContext) => void,
  options: { emulator?: ChimeEmulatorOptions } = {},
): void {
  describe.each(flavors.map((flavor) => [flavor.name, flavor] as const))(
    `${title} (via %s)`,
    (_name, flavor) => {
      let env: TestEmulator;
      let chime: Chime;
      beforeAll(async () => {
        env = await startTestEmulator(flavor, { emulator: options.emulator });
        chime = await env.client();
      });
      afterAll(() => env.close());
      body({ flavor, env: () => env, chime: () => chime });
    },
  );
}
