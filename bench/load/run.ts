import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { round, writeReport } from "../report.ts";
import { startEmulatorProcess } from "./emulator-process.ts";
import { createLoadFixture, percentile, runWorkload } from "./workload.ts";

/**
 * Sustained load against `chimekit-mock serve --state <file>` (SQLite): a
 * mixed workload at concurrency 64 for 60 s (`--duration 10s` in CI), after
 * a 10 s warm-up (`--warmup`) that fills caches and JIT before the memory
 * baseline is taken. Fails
 * (exit 1) on any unexpected answer or when resident memory after the run
 * exceeds 1.2x that after warm-up. `--no-report` prints the figures as JSON
 * on stdout instead of writing bench/results/load.json.
 */
const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "60s" },
    warmup: { type: "string", default: "10s" },
    concurrency: { type: "string", default: "64" },
    "no-report": { type: "boolean", default: false },
  },
});

function seconds(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(text);
  if (!match) throw new Error(`--duration/--warmup "${text}": expected e.g. 60s, 10s or 500ms`);
  return Number(match[1]) * (match[2] === "ms" ? 1 : 1000);
}

const MAX_RSS_GROWTH = 1.2;
/**
 * V8 grows its young generation step by step while allocation is busy, which
 * shows as a one-off jump in resident memory some time into a run. Starting
 * it at full size keeps that jump out of the growth the load test measures.
 */
const NODE_FLAGS = ["--min-semi-space-size=16", "--max-semi-space-size=16"];
const durationMs = seconds(values.duration);
const warmupMs = seconds(values.warmup);
const concurrency = Number(values.concurrency);

const dir = mkdtempSync(join(tmpdir(), "chimekit-load-"));
const emulator = await startEmulatorProcess(
  ["--state", join(dir, "state.db"), "--call-history", "0", "--log-level", "silent"],
  { nodeFlags: NODE_FLAGS },
);
try {
  const fixture = await createLoadFixture(emulator.url);
  const warmup = await runWorkload(emulator.url, fixture, { concurrency, durationMs: warmupMs });
  const rssAfterWarmup = emulator.rssBytes();
  const rssSamples: number[] = [];
  const sampler = setInterval(() => rssSamples.push(round(emulator.rssBytes() / 2 ** 20)), 5000);
  const run = await runWorkload(emulator.url, fixture, { concurrency, durationMs });
  clearInterval(sampler);
  const rssAfterRun = emulator.rssBytes();
  const sorted = Float64Array.from(run.latenciesMs).sort();
  const latencies = Array.from(sorted);
  const rssRatio = round(rssAfterRun / rssAfterWarmup);
  const unexpected = warmup.unexpected + run.unexpected;
  const summary = {
    durationS: round(run.durationMs / 1000),
    concurrency,
    requests: run.requests,
    byKind: run.byKind,
    requestsPerSecond: round(run.requests / (run.durationMs / 1000)),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    unexpected,
    unexpectedSamples: [...warmup.samples, ...run.samples].slice(0, 5),
    rssAfterWarmupMiB: round(rssAfterWarmup / 2 ** 20),
    rssAfterRunMiB: round(rssAfterRun / 2 ** 20),
    rssRatio,
    rssEvery5sMiB: rssSamples,
  };
  if (values["no-report"]) {
    console.log(JSON.stringify(summary));
  } else {
    writeReport("load", [
      {
        metric: `mixed workload calls/s at concurrency ${concurrency}, SQLite, ${summary.durationS} s`,
        unit: "calls/s",
        ours: summary.requestsPerSecond,
      },
      { metric: "p50 latency under load", unit: "ms", ours: summary.p50Ms },
      { metric: "p99 latency under load", unit: "ms", ours: summary.p99Ms },
      {
        metric: "unexpected answers under load",
        unit: "answers",
        ours: unexpected,
        target: "= 0",
        met: unexpected === 0,
      },
      {
        metric: "RSS after the run vs after warm-up",
        unit: "MiB",
        ours: summary.rssAfterRunMiB,
        peer: summary.rssAfterWarmupMiB,
        peerName: "same process after warm-up",
        ratio: rssRatio,
        target: `ratio <= ${MAX_RSS_GROWTH}`,
        met: rssRatio <= MAX_RSS_GROWTH,
      },
    ]);
    if (summary.unexpectedSamples.length) console.error(summary.unexpectedSamples.join("\n"));
  }
  process.exitCode = unexpected === 0 && rssRatio <= MAX_RSS_GROWTH ? 0 : 1;
} finally {
  await emulator.stop();
  rmSync(dir, { recursive: true, force: true });
}
