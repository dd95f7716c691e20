/**
 * The load generator, run as a process of its own so that it never shares an
 * event loop (or a core's worth of JIT and GC) with the server it measures.
 * Usage: `load-generator.ts <LoadSpec as JSON>`; sends one LoadResult to the
 * parent by IPC and exits.
 */
import autocannon from "autocannon";

export interface LoadSpec {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
}

export interface LoadResult {
  /** 2xx answers per second over the whole run. */
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
  /** CPU this process spent generating load, as a share of one core over the run (1 = a full core). */
  cpuShare: number;
}

const spec = JSON.parse(process.argv[2]!) as LoadSpec;
const cpuBefore = process.cpuUsage();
const started = performance.now();
const result = await autocannon({
  url: spec.url,
  connections: spec.connections,
  duration: spec.seconds,
  headers: spec.headers,
});
const elapsedMicros = (performance.now() - started) * 1000;
const cpu = process.cpuUsage(cpuBefore);
const answer: LoadResult = {
  requestsPerSecond: result["2xx"] / result.duration,
  non2xx: result.non2xx,
  errors: result.errors,
  cpuShare: (cpu.user + cpu.system) / elapsedMicros,
};
process.send!(answer, () => process.exit(0));
