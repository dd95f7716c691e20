/**
 * `pnpm bench:codegen`: the time to regenerate everything from the real
 * model, in memory (load, validate, build the IR, emit and format the
 * committed source as `pnpm generate` does, then render the docs site as the
 * docs build does; nothing is written), and from a synthetic model ten times larger
 * (every operation and shape copied under new names). The per-operation cost
 * of the large model over that of the real one shows whether the cost grows
 * linearly. Cold runs format every file; the warm run is `pnpm generate`
 * after a run with the same output, where formatted text comes from the cache.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildEmitters,
  buildIr,
  emitters,
  generate,
  loadModel,
  validateModel,
  type Emitter,
  type LoadedModel,
} from "@chimekit/codegen";
import { writeReport, type BenchFigure } from "../report.ts";
import { syntheticModel } from "./synthetic-model.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const SCALE = 10;
const TARGET_MS = 5000;
const LINEAR_TOLERANCE = 1.5;

interface Timing {
  operations: number;
  files: number;
  prepareMs: number;
  emitMs: number;
  formatMs: number;
  /** Rendering the build output (the docs site), after the committed source is formatted. */
  renderMs: number;
  totalMs: number;
  /** CPU time of the whole process (main thread and format workers) over the run. */
  cpuMs: number;
  emitMsByEmitter: Record<string, number>;
}

/**
 * One full regeneration in memory: the pipeline's own `generate` (emit,
 * format, plan the outputs), then every build emitter; `load` gives the model
 * (read from disk for the real one). `cacheDir` is the format cache, or false
 * for a cold run. Formatting starts while the emitters run, so `formatMs` is
 * the formatting left after the last emitter returns.
 */
async function regenerate(load: () => LoadedModel, cacheDir: string | false): Promise<Timing> {
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const loaded = load();
  validateModel(loaded);
  const ir = buildIr(loaded.model, loaded.sources);
  const prepared = performance.now();
  const emitMsByEmitter: Record<string, number> = {};
  let files = 0;
  const timed = emitters.map((emitter): Emitter => ({
    ...emitter,
    emit(input) {
      const start = performance.now();
      const emitted = emitter.emit(input);
      emitMsByEmitter[emitter.name] = performance.now() - start;
      files += emitted.length;
      return emitted;
    },
  }));
  await generate(ROOT, ir, timed, cacheDir);
  const generated = performance.now();
  for (const emitter of buildEmitters) files += emitter.emit(ir).length;
  const done = performance.now();
  const cpu = process.cpuUsage(cpuAtStart);
  const emitMs = Object.values(emitMsByEmitter).reduce((sum, ms) => sum + ms, 0);
  return {
    operations: ir.operations.length,
    files,
    prepareMs: prepared - started,
    emitMs,
    formatMs: generated - prepared - emitMs,
    renderMs: done - generated,
    totalMs: done - started,
    cpuMs: (cpu.user + cpu.system) / 1000,
    emitMsByEmitter: Object.fromEntries(
      Object.entries(emitMsByEmitter).map(([name, ms]) => [name, Math.round(ms)]),
    ),
  };
}

/** The fastest of `RUNS` runs: the least disturbed by other work on the machine. */
async function fastest(load: () => LoadedModel, cacheDir: string | false = false): Promise<Timing> {
  let best: Timing | undefined;
  for (let run = 0; run < RUNS; run++) {
    const timing = await regenerate(load, cacheDir);
    if (best === undefined || timing.totalMs < best.totalMs) best = timing;
  }
  return best as Timing;
}

const readReal = () => loadModel(`${ROOT}model`, ROOT);
const loadBefore = loadavg()[0];
const real = await fastest(readReal);
const warmCache = mkdtempSync(join(tmpdir(), "chimekit-bench-format-"));
await regenerate(readReal, warmCache);
const warm = await fastest(readReal, warmCache);
rmSync(warmCache, { recursive: true, force: true });
// The linear-growth baseline is a second cold run, so that loading modules and
// warming up the JIT, paid once per process, count against neither model.
const baseline = await fastest(readReal);
const realModel = readReal().model;
const large = await fastest(() => syntheticModel(realModel, SCALE));

const perOperation = (timing: Timing) => timing.totalMs / timing.operations;
const ratio = Math.round((perOperation(large) / perOperation(baseline)) * 100) / 100;
const describe = (timing: Timing) =>
  `${timing.operations} operations, ${timing.files} files: prepare ${timing.prepareMs.toFixed(0)} ms, ` +
  `emit ${timing.emitMs.toFixed(0)} ms ${JSON.stringify(timing.emitMsByEmitter)}, ` +
  `format after the last emitter ${timing.formatMs.toFixed(0)} ms, ` +
  `render the docs site ${timing.renderMs.toFixed(0)} ms; total ${timing.totalMs.toFixed(0)} ms, ` +
  `CPU ${timing.cpuMs.toFixed(0)} ms`;
console.log(
  `load average before/after: ${loadBefore.toFixed(1)} / ${loadavg()[0].toFixed(1)} on this machine`,
);
console.log(`real model, cold:   ${describe(real)}`);
console.log(`real model, warm:   ${describe(warm)}`);
console.log(`real model, cold again (baseline): ${describe(baseline)}`);
console.log(`synthetic x${SCALE}, cold: ${describe(large)}`);

const figures: BenchFigure[] = [
  {
    metric: `regenerate everything from the real model, cold (${real.operations} operations, ${real.files} files)`,
    unit: "ms",
    ours: real.totalMs,
    target: `< ${TARGET_MS} ms`,
    met: real.totalMs < TARGET_MS,
  },
  {
    metric:
      "CPU time of that cold regeneration, all threads (steadier than wall time on a busy machine)",
    unit: "ms",
    ours: real.cpuMs,
  },
  {
    metric: "regenerate everything from the real model, warm format cache",
    unit: "ms",
    ours: warm.totalMs,
    peer: real.totalMs,
    peerName: "cold",
    ratio: Math.round((real.totalMs / warm.totalMs) * 100) / 100,
    target: `< ${TARGET_MS} ms`,
    met: warm.totalMs < TARGET_MS,
  },
  {
    metric: `regenerate everything from a synthetic model x${SCALE} (${large.operations} operations, ${large.files} files)`,
    unit: "ms",
    ours: large.totalMs,
    peer: baseline.totalMs,
    peerName: "real model",
    ratio: Math.round((large.totalMs / baseline.totalMs) * 100) / 100,
  },
  {
    metric: `time per operation, synthetic x${SCALE} against the real model`,
    unit: "ms/operation",
    ours: perOperation(large),
    peer: perOperation(baseline),
    peerName: "real model",
    ratio,
    target: `ratio <= ${LINEAR_TOLERANCE} (linear growth)`,
    met: ratio <= LINEAR_TOLERANCE,
  },
];
writeReport("codegen", figures);
