import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** One measured figure next to its peer's figure from the same run. */
export interface BenchFigure {
  /** What was measured: `GetUser calls/s at concurrency 16`. */
  metric: string;
  unit: string;
  ours: number;
  /** The peer's figure from the same run, when there is a peer. */
  peer?: number;
  peerName?: string;
  /** ours / peer (or peer / ours for "lower is better"), rounded to two decimals. */
  ratio?: number;
  /** The target the issue sets, in words: `ratio >= 2`. */
  target?: string;
  /** Whether the target was met, when there is one. */
  met?: boolean;
  /** How the figure was measured (load generator, rounds, configuration), when the metric does not say. */
  method?: string;
}

export interface BenchReport {
  area: string;
  date: string;
  machine: string;
  figures: BenchFigure[];
}

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), "results");

/** Writes `results/<area>.json` and prints the figures as a table. */
export function writeReport(area: string, figures: BenchFigure[]): BenchReport {
  const report: BenchReport = {
    area,
    date: new Date().toISOString(),
    machine: machineDescription(),
    figures,
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${area}.json`), JSON.stringify(report, null, 2) + "\n");
  console.table(
    figures.map((f) => ({
      metric: f.metric,
      ours: `${round(f.ours)} ${f.unit}`,
      peer: f.peer === undefined ? "" : `${round(f.peer)} ${f.unit} (${f.peerName})`,
      ratio: f.ratio ?? "",
      target: f.target ?? "",
      met: f.met === undefined ? "" : f.met ? "yes" : "NO",
    })),
  );
  return report;
}

export function machineDescription(): string {
  return `${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
