/**
 * `pnpm bench:mock`: the emulator's figures, each measured in this run next
 * to its peer. Every area of figures is one module returning BenchFigure[];
 * adding a figure is adding a module to the list below.
 */
import { writeReport, type BenchFigure } from "../report.ts";
import { listLatencyFigures } from "./list-latency.ts";
import { socketlessFigures } from "./socketless.ts";
import { throughputFigures } from "./throughput.ts";

const areas: (() => Promise<BenchFigure[]>)[] = [
  throughputFigures,
  listLatencyFigures,
  socketlessFigures,
];

const figures: BenchFigure[] = [];
for (const area of areas) figures.push(...(await area()));
writeReport("mock", figures);
