import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { round } from "../report.ts";
import type { LoadResult, LoadSpec } from "./load-generator.ts";

/** A server to measure; `pid` lets its CPU be read from /proc during each round. */
export interface Target {
  name: string;
  url: string;
  headers?: Record<string, string>;
  pid?: number;
}

export interface RoundOptions {
  connections: number;
  warmUpSeconds: number;
  rounds: number;
  roundSeconds: number;
}

export interface TargetFigures {
  name: string;
  /** Requests per second of each round, in order. */
  rounds: number[];
  /** The best round: the one least disturbed by other work on the machine. */
  best: number;
  /** The highest CPU share (of one core) the server used in a round, when its pid is known. */
  serverCpuShare?: number;
}

export interface Measurement {
  targets: TargetFigures[];
  /** The highest CPU share (of one core) the load generator used in any round. */
  loadGeneratorCpuShare: number;
  /** How the figures were measured, in one sentence for the report. */
  method: string;
}

/**
 * Above this share of a core the load generator, not the server, may be what
 * limits a round: the figure would then measure the generator.
 */
export const SATURATED_CPU_SHARE = 0.9;

const GENERATOR = fileURLToPath(new URL("./load-generator.ts", import.meta.url));

/** Runs the load generator in a child process against one target for `seconds`. */
function generateLoad(target: Target, connections: number, seconds: number): Promise<LoadResult> {
  const spec: LoadSpec = { url: target.url, connections, seconds, headers: target.headers };
  const child = fork(GENERATOR, [JSON.stringify(spec)], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    let result: LoadResult | undefined;
    child.once("message", (message) => (result = message as LoadResult));
    child.once("exit", (code) => {
      if (!result)
        return reject(new Error(`the load generator exited with ${code} on ${target.url}`));
      if (result.non2xx > 0 || result.errors > 0) {
        return reject(
          new Error(
            `${target.name} (${target.url}): ${result.non2xx} non-2xx answers and ${result.errors} errors during the run`,
          ),
        );
      }
      resolve(result);
    });
  });
}

/** CPU seconds a process has used so far, from /proc (Linux); undefined elsewhere. */
function cpuSecondsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) start at state, field 3.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return ticks / 100;
  } catch {
    return undefined;
  }
}

async function measureRound(target: Target, options: RoundOptions, seconds: number) {
  const cpuBefore = target.pid === undefined ? undefined : cpuSecondsOf(target.pid);
  const started = performance.now();
  const load = await generateLoad(target, options.connections, seconds);
  const cpuAfter = target.pid === undefined ? undefined : cpuSecondsOf(target.pid);
  const elapsed = (performance.now() - started) / 1000;
  const serverCpuShare =
    cpuBefore === undefined || cpuAfter === undefined
      ? undefined
      : (cpuAfter - cpuBefore) / elapsed;
  return { load, serverCpuShare };
}

/**
 * Requests per second of each target, with the load generator in its own
 * process: a warm-up of every target, then rounds that alternate between the
 * targets, so that a burst of load from elsewhere on the machine hits every
 * target alike. Each target's best round counts.
 */
export async function measureAlternating(
  targets: Target[],
  options: RoundOptions,
): Promise<Measurement> {
  for (const target of targets)
    await generateLoad(target, options.connections, options.warmUpSeconds);
  const figures: TargetFigures[] = targets.map((t) => ({ name: t.name, rounds: [], best: 0 }));
  let loadGeneratorCpuShare = 0;
  for (let n = 1; n <= options.rounds; n += 1) {
    for (const [i, target] of targets.entries()) {
      const { load, serverCpuShare } = await measureRound(target, options, options.roundSeconds);
      const figure = figures[i]!;
      figure.rounds.push(round(load.requestsPerSecond));
      figure.best = Math.max(figure.best, load.requestsPerSecond);
      if (serverCpuShare !== undefined) {
        figure.serverCpuShare = Math.max(figure.serverCpuShare ?? 0, serverCpuShare);
      }
      loadGeneratorCpuShare = Math.max(loadGeneratorCpuShare, load.cpuShare);
      process.stderr.write(
        `round ${n}, ${target.name}: ${Math.round(load.requestsPerSecond)} req/s (load generator ${round(load.cpuShare)} core${serverCpuShare === undefined ? "" : `, server ${round(serverCpuShare)} core, ${Math.round((serverCpuShare * 1e6) / load.requestsPerSecond)} µs CPU per request`})\n`,
      );
    }
  }
  if (loadGeneratorCpuShare >= SATURATED_CPU_SHARE) {
    process.stderr.write(
      `warning: the load generator used ${round(loadGeneratorCpuShare)} of a core in a round; it may have limited that round's figure\n`,
    );
  }
  return {
    targets: figures,
    loadGeneratorCpuShare: round(loadGeneratorCpuShare),
    method: `autocannon in its own process, ${options.connections} connections; ${options.warmUpSeconds} s warm-up of each target, then the best of ${options.rounds} alternating ${options.roundSeconds} s rounds; the load generator used at most ${round(loadGeneratorCpuShare)} of a core`,
  };
}
