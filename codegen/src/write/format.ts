import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import * as prettier from "prettier";
import type { GeneratedFile } from "../emit/emitter.ts";
import { defaultCacheDir, FormatCache } from "./format-cache.ts";

/** A file to format and the prettier parser its extension calls for. */
interface FormatJob {
  path: string;
  contents: string;
  parser: string;
}

type FormatResult = { path: string; contents: string } | { path: string; error: string };

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 40;

/**
 * Formats generated files with prettier and the repository's own
 * `.prettierrc.json`, so that what the pipeline writes is exactly what
 * `prettier --check` accepts. The parser follows the file's extension;
 * files prettier has no parser for are left as they are. Line endings are LF.
 * Formatting is most of a generator run, so files whose text is unchanged
 * since the last run come from a cache (see FormatCache) and large batches
 * are spread over worker threads; prettier is pure, so neither changes the result.
 */
export async function formatFiles(
  root: string,
  files: GeneratedFile[],
  /** The folder of the format cache, or false to format every file. */
  { cacheDir = defaultCacheDir(root) }: { cacheDir?: string | false } = {},
): Promise<GeneratedFile[]> {
  const config =
    (await prettier.resolveConfig(join(root, ".prettierrc.json"), { editorconfig: false })) ?? {};
  const options: prettier.Options = { ...config, endOfLine: "lf" };
  const cache =
    cacheDir === false
      ? undefined
      : new FormatCache(cacheDir, `${prettier.version}\0${JSON.stringify(options)}`);
  const parsers = await parsersByExtension();
  const jobs: FormatJob[] = [];
  const keys = new Map<string, string>();
  const formatted = new Map<string, string>();
  for (const file of files) {
    const contents = file.contents.replace(/\r\n?/g, "\n");
    const parser = parsers.get(extensionOf(file.path));
    if (parser === undefined) {
      formatted.set(file.path, contents.endsWith("\n") ? contents : `${contents}\n`);
      continue;
    }
    const key = cache?.key(parser, contents);
    const cached = key === undefined ? undefined : cache?.get(key);
    if (cached !== undefined) {
      formatted.set(file.path, cached);
      continue;
    }
    if (key !== undefined) keys.set(file.path, key);
    jobs.push({ path: file.path, contents, parser });
  }
  const workers = Math.min(availableParallelism(), 4);
  const results =
    jobs.length < PARALLEL_THRESHOLD || workers < 2
      ? await formatHere(jobs, options)
      : (
          await Promise.all(
            splitEvenly(jobs, workers).map((batch) => formatInWorker(batch, options)),
          )
        ).flat();
  for (const result of results) {
    if ("error" in result)
      throw new Error(
        `prettier could not format the generated file ${result.path}: ${result.error}`,
      );
    formatted.set(result.path, result.contents);
    const key = keys.get(result.path);
    if (key !== undefined) cache?.set(key, result.contents);
  }
  cache?.save();
  return files.map((file) => ({ path: file.path, contents: formatted.get(file.path) as string }));
}

async function formatHere(jobs: FormatJob[], options: prettier.Options): Promise<FormatResult[]> {
  const results: FormatResult[] = [];
  for (const job of jobs) {
    try {
      results.push({
        path: job.path,
        contents: await prettier.format(job.contents, { ...options, parser: job.parser }),
      });
    } catch (error) {
      results.push({ path: job.path, error: (error as Error).message });
    }
  }
  return results;
}

function formatInWorker(jobs: FormatJob[], options: prettier.Options): Promise<FormatResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./format-worker.mjs", import.meta.url), {
      workerData: { options, jobs },
    });
    worker.once("message", (results: FormatResult[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the prettier worker exited with code ${code}`));
    });
  });
}

/**
 * Splits jobs into `count` batches of about equal text, keeping files of one
 * parser together: each worker then warms up as few of prettier's parsers and
 * printers as it can, which is much of the cost of a cold run.
 */
function splitEvenly(jobs: FormatJob[], count: number): FormatJob[][] {
  const ordered = [...jobs].sort((a, b) => compare(a.parser, b.parser) || compare(a.path, b.path));
  const total = ordered.reduce((size, job) => size + job.contents.length, 0);
  const batches: FormatJob[][] = [[]];
  let size = 0;
  for (const job of ordered) {
    if (size >= (total / count) * batches.length && batches.length < count) batches.push([]);
    batches[batches.length - 1].push(job);
    size += job.contents.length;
  }
  return batches.filter((batch) => batch.length > 0);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

let parserTable: Promise<Map<string, string>> | undefined;

/** `.ts` -> `typescript`, `.md` -> `markdown` ...: the first parser of each language prettier knows. */
function parsersByExtension(): Promise<Map<string, string>> {
  parserTable ??= prettier.getSupportInfo().then((info) => {
    const table = new Map<string, string>();
    for (const language of info.languages) {
      const parser = language.parsers[0];
      for (const extension of language.extensions ?? []) {
        if (parser !== undefined && !table.has(extension)) table.set(extension, parser);
      }
    }
    return table;
  });
  return parserTable;
}

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot);
}
