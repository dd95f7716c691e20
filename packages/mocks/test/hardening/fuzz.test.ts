import { chimeServiceSchema } from "@chimekit/server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChimeEmulator } from "../../src/emulator/chime-emulator.js";
import { startEmulatorServer, type RunningEmulator } from "../../src/http/start-server.js";
import { resetWithFixtures } from "./support/fixtures.js";
import { MUTATIONS } from "./support/mutations.js";
import { validInput } from "./support/schema-arbitraries.js";
import { awsErrorShape, send, toWireRequest, type WireResponse } from "./support/wire-request.js";

/** Fixed, so a failure is reproducible; fast-check prints the counterexample and its path. */
const SEED = 20261129;
const VALID_RUNS = 20;
const MUTATED_RUNS = 30;

const service = chimeServiceSchema;

function describeResponse(response: WireResponse): string {
  return `${response.status} ${String(response.headers["x-amzn-errortype"] ?? "")} ${response.text.slice(0, 300)}`;
}

describe("fuzzing every operation through HTTP", { timeout: 120_000 }, () => {
  let running: RunningEmulator;
  beforeAll(async () => {
    running = await startEmulatorServer({ emulator: new ChimeEmulator({ idSeed: 7 }), port: 0 });
  });
  afterAll(async () => {
    await running.close();
    await running.emulator.close();
  });

  for (const operation of service.operations) {
    it(`${operation.name}: valid inputs get 2xx or a modeled 4xx, mutated ones an AWS-shaped 4xx`, async () => {
      const known = await resetWithFixtures(running.url);
      await fc.assert(
        fc.asyncProperty(validInput(service, operation, known), async (input) => {
          const response = await send(running.url, toWireRequest(service, operation, input));
          if (response.status < 400) return;
          expect(response.status, describeResponse(response)).toBeLessThan(500);
          const shape = awsErrorShape(response);
          expect(shape, describeResponse(response)).toMatchObject({ ok: true });
          if (shape.ok) expect(operation.errors, describeResponse(response)).toContain(shape.type);
        }),
        { seed: SEED, numRuns: VALID_RUNS },
      );

      // A mutation that cannot apply to a bare input (no such member) is left out.
      const mutated = MUTATIONS.filter(
        (mutation) => mutation.apply(service, operation, {}) !== undefined,
      ).map((mutation) =>
        validInput(service, operation, known)
          .chain((input) => mutation.apply(service, operation, input) ?? fc.constant(undefined))
          .map((wire) => ({ mutation, wire })),
      );
      await fc.assert(
        fc.asyncProperty(fc.oneof(...mutated), async ({ mutation, wire }) => {
          if (wire === undefined) return;
          const response = await send(running.url, wire);
          const what = `${mutation.name}: ${wire.method} ${wire.path} -> ${describeResponse(response)}`;
          expect(response.status, what).toBeLessThan(500);
          if (mutation.kind === "invalid")
            expect(response.status, what).toBeGreaterThanOrEqual(400);
          if (response.status >= 400)
            expect(awsErrorShape(response), what).toMatchObject({ ok: true });
        }),
        { seed: SEED, numRuns: MUTATED_RUNS },
      );

      const health = await fetch(`${running.url}/_chimekit/health`);
      expect(health.status).toBe(200);
    });
  }
});
