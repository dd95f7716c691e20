// Formats one batch of generated files with prettier, off the main thread.
// Plain JavaScript so it loads in a worker without a TypeScript loader.
import { parentPort, workerData } from "node:worker_threads";
import * as prettier from "prettier";

const { options, jobs } = workerData;
const results = [];
for (const job of jobs) {
  try {
    results.push({
      path: job.path,
      contents: await prettier.format(job.contents, { ...options, parser: job.parser }),
    });
  } catch (error) {
    results.push({ path: job.path, error: error instanceof Error ? error.message : String(error) });
  }
}
parentPort.postMessage(results);
