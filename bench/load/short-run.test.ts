import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

/** The bench package folder: the load driver runs from there, as `pnpm bench` runs it. */
const BENCH = fileURLToPath(new URL("..", import.meta.url));

interface LoadSummary {
  requests: number;
  byKind: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
  unexpected: number;
  unexpectedSamples: string[];
  rssRatio: number;
}

/**
 * The CI variant of `load/run.ts` (60 s by default): the same driver and checks, for 10 s. It
 * lives in bench, beside the driver, and runs the built `chimekit-mock` that bench declares.
 */
describe("sustained load (short CI variant)", { timeout: 60_000 }, () => {
  it("answers a mixed workload at concurrency 64 on SQLite with no unexpected answer and bounded memory", async () => {
    const { stdout } = await promisify(execFile)(
      join(BENCH, "node_modules/.bin/tsx"),
      ["load/run.ts", "--duration", "10s", "--warmup", "3s", "--no-report"],
      { cwd: BENCH },
    ).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`load/run.ts failed:\n${error.stdout ?? ""}\n${error.stderr ?? ""}`);
    });
    const summary = JSON.parse(stdout.trim().split("\n").at(-1)!) as LoadSummary;
    expect(summary.unexpectedSamples).toEqual([]);
    expect(summary.unexpected).toBe(0);
    for (const kind of ["read", "write", "list", "batch"])
      expect(summary.byKind[kind]).toBeGreaterThan(0);
    expect(summary.p99Ms).toBeGreaterThanOrEqual(summary.p50Ms);
    expect(summary.rssRatio).toBeLessThanOrEqual(1.2);
  });
});
