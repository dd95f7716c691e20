// Formats generated files with prettier, off the main thread. Every worker
// receives every batch of jobs and claims jobs one at a time through the
// batch's shared claim array (see WorkerPool in format.ts).
// Plain JavaScript so it loads in a worker without a TypeScript loader.
import { setImmediate as nextTurn } from "node:timers/promises";
import { parentPort, workerData } from "node:worker_threads";
import * as prettier from "prettier";

/** @type {{ options: import("prettier").Options, preference: string[] }} */
const { options, preference } = workerData;
/** Parsers in the order this worker takes them; parsers it was not told about go last. */
const order = [...preference];
/** @type {Map<string, { jobs: { id: number, contents: string, parser: string }[], claims: Int32Array, next: number }[]>} */
const queues = new Map();
let running = false;

parentPort.on("message", (groups) => {
  for (const { parser, jobs, claims } of groups) {
    if (!order.includes(parser)) order.push(parser);
    queues.set(parser, [...(queues.get(parser) ?? []), { jobs, claims, next: 0 }]);
  }
  if (!running) void run();
});

async function run() {
  running = true;
  for (let job = claim(); job !== undefined; job = claim()) {
    parentPort.postMessage(await format(job));
    // Lets batches posted in the meantime arrive before the next claim.
    await nextTurn();
  }
  running = false;
}

/** The next unclaimed job of the first parser in this worker's order that has one. */
function claim() {
  for (const parser of order) {
    for (const queue of queues.get(parser) ?? []) {
      while (queue.next < queue.jobs.length) {
        const index = queue.next++;
        if (Atomics.compareExchange(queue.claims, index, 0, 1) === 0) return queue.jobs[index];
      }
    }
  }
  return undefined;
}

async function format(job) {
  try {
    return {
      id: job.id,
      contents: await prettier.format(job.contents, { ...options, parser: job.parser }),
    };
  } catch (error) {
    return { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
}
