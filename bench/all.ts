import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { machineDescription, round, type BenchFigure, type BenchReport } from "./report.ts";

/**
 * `pnpm bench`: runs every area's benchmark in sequence, each in its own
 * process (so one area's heap and JIT state cannot colour the next), then
 * prints one table of every figure next to its peer's and writes it to
 * results/summary.json and results/summary.md.
 */
const AREAS = ["codegen", "client", "server", "mock", "load"] as const;

const benchDir = dirname(fileURLToPath(import.meta.url));
const resultsDir = join(benchDir, "results");

interface AreaRun {
  area: string;
  exitCode: number | null;
  seconds: number;
  report?: BenchReport;
}

function runArea(area: string): AreaRun {
  const started = performance.now();
  process.stderr.write(`\n=== bench ${area} ===\n`);
  const resultFile = join(resultsDir, `${area}.json`);
  const before = existsSync(resultFile) ? readFileSync(resultFile, "utf8") : undefined;
  const child = spawnSync(process.execPath, ["--import", "tsx", join(area, "run.ts")], {
    cwd: benchDir,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const seconds = round((performance.now() - started) / 1000);
  const after = existsSync(resultFile) ? readFileSync(resultFile, "utf8") : undefined;
  // A report left from an earlier run must not pass for this run's figures.
  const fresh = after !== undefined && after !== before;
  return {
    area,
    exitCode: child.status,
    seconds,
    report: fresh ? (JSON.parse(after) as BenchReport) : undefined,
  };
}

function cell(value: number | undefined, unit?: string): string {
  return value === undefined ? "" : `${round(value)}${unit ? ` ${unit}` : ""}`;
}

interface Row {
  area: string;
  metric: string;
  ours: string;
  peer: string;
  ratio: string;
  target: string;
  met: string;
}

function rowOf(area: string, figure: BenchFigure): Row {
  return {
    area,
    metric: figure.metric,
    ours: cell(figure.ours, figure.unit),
    peer:
      figure.peer === undefined
        ? ""
        : `${cell(figure.peer, figure.unit)} (${figure.peerName ?? "peer"})`,
    ratio: figure.ratio === undefined ? "" : String(figure.ratio),
    target: figure.target ?? "",
    met: figure.met === undefined ? "" : figure.met ? "yes" : "NO",
  };
}

function markdown(rows: Row[], date: string, machine: string, runs: AreaRun[]): string {
  const escape = (text: string) => text.replaceAll("|", "\\|");
  const lines = [
    `Benchmarks of ${date.slice(0, 10)} (${date}) on ${machine}; every ratio compares two figures from the same run.`,
    "",
    "| area | metric | ours | peer | ratio | target | met |",
    "| --- | --- | ---: | ---: | ---: | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${r.area} | ${escape(r.metric)} | ${escape(r.ours)} | ${escape(r.peer)} | ${r.ratio} | ${escape(r.target)} | ${r.met} |`,
    ),
  ];
  const methods = [
    ...new Set(runs.flatMap((run) => run.report?.figures ?? []).map((f) => f.method)),
  ];
  const measured = methods.filter((method): method is string => method !== undefined);
  if (measured.length)
    lines.push(
      "",
      "How the throughput figures were measured:",
      "",
      ...measured.map((m) => `- ${m}`),
    );
  const failed = runs.filter((run) => !run.report || run.exitCode !== 0);
  if (failed.length) {
    lines.push(
      "",
      ...failed.map(
        (run) =>
          `- ${run.area}: ${run.report ? `exited with ${run.exitCode}` : `wrote no report (exit ${run.exitCode})`}`,
      ),
    );
  }
  return lines.join("\n") + "\n";
}

const only = process.argv.slice(2);
const runs = AREAS.filter((area) => only.length === 0 || only.includes(area)).map(runArea);
const rows = runs.flatMap((run) =>
  run.report ? run.report.figures.map((f) => rowOf(run.area, f)) : [],
);
const date = new Date().toISOString();
const machine = machineDescription();
const summary = {
  date,
  machine,
  areas: runs.map((run) => ({
    area: run.area,
    exitCode: run.exitCode,
    seconds: run.seconds,
    figures: run.report?.figures ?? [],
  })),
};
writeFileSync(join(resultsDir, "summary.json"), JSON.stringify(summary, null, 2) + "\n");
writeFileSync(join(resultsDir, "summary.md"), markdown(rows, date, machine, runs));
console.log(`\nAll benchmarks, ${date} on ${machine}`);
console.table(rows);
for (const run of runs) {
  if (!run.report) console.error(`bench ${run.area}: wrote no report (exit ${run.exitCode})`);
  else if (run.exitCode !== 0) console.error(`bench ${run.area}: exited with ${run.exitCode}`);
}
const unmet = rows.filter((row) => row.met === "NO").length;
if (unmet) console.error(`${unmet} figure(s) missed their target`);
process.exitCode = runs.some((run) => !run.report || run.exitCode !== 0) || unmet ? 1 : 0;
