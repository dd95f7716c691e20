import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import * as prettier from "prettier";
import type { GeneratedFile } from "../emit/emitter.ts";
import { defaultCacheDir, FormatCache } from "./format-cache.ts";

/** A file to format and the prettier parser its extension calls for. */
interface FormatJob {
  /** The file's position among every file added to the session. */
  id: number;
  contents: string;
  parser: string;
}

/** The jobs of one batch that one parser formats, and the slots workers flip to claim them. */
interface JobGroup {
  parser: string;
  jobs: FormatJob[];
  claims: Int32Array;
}

type FormatResult = { id: number; contents: string } | { id: number; error: string };

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 40;

/**
 * A worker started when the emitters are done pays for prettier's warm-up
 * (a second or two of a core) before it formats anything, so it is started
 * only for this much text left per worker. Measured on 2 cores: with the 1.2 MB
 * of the real model, an extra worker made the run slower; with 3.6 MB
 * (a model three times larger), faster.
 */
const CHARACTERS_PER_LATE_WORKER = 2_000_000;

/** One worker per core, up to four. */
const WORKERS = Math.min(availableParallelism(), 4);

/**
 * Parsers the workers share out: each worker starts at its own place in this
 * list (see `parserPreference`), so that it warms up as few of prettier's
 * parsers and printers as it can, which is much of the cost of a cold run.
 * Parsers missing here come last.
 */
const PARSER_ORDER = ["oxc-ts", "typescript", "babel", "json", "markdown", "html"];

/**
 * `oxc-ts` (prettier's plugin on the native oxc parser) gives the same syntax
 * tree as the `typescript` parser that `prettier --check` infers for `.ts`
 * files, so prettier prints the same text, and a cold run formats about a
 * third faster, since parsing is much of what a cold isolate spends;
 * test/format.test.ts checks that the two agree on generated code.
 */
const FASTER_PARSER: Record<string, string> = { typescript: "oxc-ts" };

/** The plugin that gives `oxc-ts`, by path: workers receive options as plain data. */
const OXC_PLUGIN = createRequire(import.meta.url).resolve("@prettier/plugin-oxc");

export interface FormatOptions {
  /** The folder of the format cache, or false to format every file. */
  cacheDir?: string | false;
}

/**
 * Formatting that runs beside the emitters: each emitter's files go to the
 * worker threads as soon as it returns them, so prettier works on the first
 * package while the generator emits the next.
 */
export interface FormatSession {
  /** Takes files to format; resolves once they are queued for the workers. */
  add(files: GeneratedFile[]): Promise<void>;
  /** Every added file, formatted, in the order they were added. */
  finish(): Promise<GeneratedFile[]>;
  /** Stops the workers; harmless after `finish`, and needed when emitting fails. */
  close(): void;
}

/**
 * Formats generated files with prettier and the repository's own
 * `.prettierrc.json`, so that what the pipeline writes is exactly what
 * `prettier --check` accepts. The parser follows the file's extension;
 * files prettier has no parser for are left as they are. Line endings are LF.
 * Formatting is most of a generator run, so files whose text is unchanged
 * since the last run come from a cache (see FormatCache) and large batches
 * are spread over worker threads; prettier is pure, so neither changes the result.
 */
export function startFormatting(root: string, options: FormatOptions = {}): FormatSession {
  return new FormatRun(root, options.cacheDir ?? defaultCacheDir(root));
}

/** Formats one set of files: `startFormatting`, `add`, `finish`. */
export async function formatFiles(
  root: string,
  files: GeneratedFile[],
  options: FormatOptions = {},
): Promise<GeneratedFile[]> {
  const session = startFormatting(root, options);
  try {
    await session.add(files);
    return await session.finish();
  } finally {
    session.close();
  }
}

interface Settings {
  options: prettier.Options;
  cache: FormatCache | undefined;
  parsers: Map<string, string>;
}

async function loadSettings(root: string, cacheDir: string | false): Promise<Settings> {
  const config =
    (await prettier.resolveConfig(join(root, ".prettierrc.json"), { editorconfig: false })) ?? {};
  const options: prettier.Options = { ...config, endOfLine: "lf", plugins: [OXC_PLUGIN] };
  const cache =
    cacheDir === false
      ? undefined
      : new FormatCache(cacheDir, `${prettier.version}\0${JSON.stringify(options)}`);
  return { options, cache, parsers: await parsersByExtension() };
}

class FormatRun implements FormatSession {
  readonly #settings: Promise<Settings>;
  readonly #paths: string[] = [];
  /** Formatted text by file id, filled from the cache, from files without a parser, then from prettier. */
  readonly #formatted = new Map<number, string>();
  readonly #keys = new Map<number, string>();
  /** Files to format, held back until there are enough to be worth starting workers. */
  #held: FormatJob[] = [];
  #pool: WorkerPool | undefined;
  /** Each `add` waits for the one before it, so files keep their order. */
  #queued: Promise<void> = Promise.resolve();

  constructor(root: string, cacheDir: string | false) {
    this.#settings = loadSettings(root, cacheDir);
  }

  add(files: GeneratedFile[]): Promise<void> {
    const first = this.#paths.length;
    this.#paths.push(...files.map((file) => file.path));
    this.#queued = this.#queued.then(() => this.#accept(files, first));
    return this.#queued;
  }

  async finish(): Promise<GeneratedFile[]> {
    await this.#queued;
    const { options, cache } = await this.#settings;
    const results =
      this.#pool === undefined ? await formatHere(this.#held, options) : await this.#pool.finish();
    for (const result of results) {
      const path = this.#paths[result.id];
      if ("error" in result)
        throw new Error(`prettier could not format the generated file ${path}: ${result.error}`);
      this.#formatted.set(result.id, result.contents);
      const key = this.#keys.get(result.id);
      if (key !== undefined) cache?.set(key, result.contents);
    }
    cache?.save();
    return this.#paths.map((path, id) => ({ path, contents: this.#formatted.get(id) as string }));
  }

  close(): void {
    this.#pool?.close();
  }

  async #accept(files: GeneratedFile[], first: number): Promise<void> {
    const { options, cache, parsers } = await this.#settings;
    for (const [offset, file] of files.entries()) {
      const id = first + offset;
      const contents = file.contents.replace(/\r\n?/g, "\n");
      const parser = parsers.get(extensionOf(file.path));
      if (parser === undefined) {
        this.#formatted.set(id, contents.endsWith("\n") ? contents : `${contents}\n`);
        continue;
      }
      const key = cache?.key(parser, contents);
      const cached = key === undefined ? undefined : cache?.get(key);
      if (cached !== undefined) {
        this.#formatted.set(id, cached);
        continue;
      }
      if (key !== undefined) this.#keys.set(id, key);
      this.#held.push({ id, contents, parser });
    }
    if (this.#pool === undefined && this.#held.length >= PARALLEL_THRESHOLD && WORKERS >= 2) {
      // The main thread is still emitting: one core stays for it until `finish`.
      this.#pool = new WorkerPool(options, WORKERS, WORKERS - 1);
    }
    if (this.#pool !== undefined) {
      this.#pool.submit(this.#held);
      this.#held = [];
    }
  }
}

async function formatHere(jobs: FormatJob[], options: prettier.Options): Promise<FormatResult[]> {
  const results: FormatResult[] = [];
  for (const job of jobs) {
    try {
      results.push({
        id: job.id,
        contents: await prettier.format(job.contents, { ...options, parser: job.parser }),
      });
    } catch (error) {
      results.push({ id: job.id, error: (error as Error).message });
    }
  }
  return results;
}

/**
 * Worker threads that take jobs from shared queues. Every worker receives
 * every batch; a worker claims a job by flipping its slot in the batch's
 * shared claim array, so the jobs are shared out while they run, whatever
 * each file costs and however busy each core is, without a round trip to
 * this thread (which may be busy emitting).
 */
class WorkerPool {
  readonly #options: prettier.Options;
  /** The most workers the pool may have once `finish` is called. */
  readonly #size: number;
  readonly #workers: Worker[] = [];
  /** Every batch so far, for workers that start late. */
  readonly #batches: JobGroup[][] = [];
  readonly #results: FormatResult[] = [];
  #expected = 0;
  /** The length of every job not yet formatted, by job id. */
  readonly #pending = new Map<number, number>();
  /** Set by `finish`: no more jobs will come, so the pool is done once every result is in. */
  #finishing = false;
  #closed = false;
  #settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  readonly #allDone: Promise<void>;

  /** Starts `early` of the pool's `size` workers now; `finish` may start the rest (see there). */
  constructor(options: prettier.Options, size: number, early: number) {
    this.#options = options;
    this.#size = size;
    this.#allDone = new Promise((resolve, reject) => {
      this.#settle = { resolve, reject };
    });
    // A worker can fail before `finish` awaits; the failure is reported there.
    this.#allDone.catch(() => undefined);
    this.#grow(early);
  }

  /** Queues jobs, grouped by parser, biggest file first within each group. */
  submit(jobs: FormatJob[]): void {
    if (jobs.length === 0) return;
    const byParser = new Map<string, FormatJob[]>();
    for (const job of jobs) byParser.set(job.parser, [...(byParser.get(job.parser) ?? []), job]);
    const batch: JobGroup[] = [...byParser].map(([parser, group]) => ({
      parser,
      jobs: group.sort((a, b) => b.contents.length - a.contents.length || a.id - b.id),
      claims: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * group.length)),
    }));
    this.#batches.push(batch);
    this.#expected += jobs.length;
    for (const job of jobs) this.#pending.set(job.id, job.contents.length);
    for (const worker of this.#workers) worker.postMessage(batch);
  }

  async finish(): Promise<FormatResult[]> {
    this.#finishing = true;
    // The main thread is free now; another worker pays off only with plenty left to do.
    let pendingCharacters = 0;
    for (const length of this.#pending.values()) pendingCharacters += length;
    const late = Math.floor(pendingCharacters / CHARACTERS_PER_LATE_WORKER);
    this.#grow(Math.min(this.#size, this.#workers.length + late));
    this.#checkDone();
    await this.#allDone;
    return this.#results;
  }

  close(): void {
    this.#closed = true;
    for (const worker of this.#workers) void worker.terminate();
  }

  /** Starts workers until there are `count`; each gets the batches queued so far. */
  #grow(count: number): void {
    for (let index = this.#workers.length; index < count; index++) {
      const worker = new Worker(new URL("./format-worker.mjs", import.meta.url), {
        // The worker is plain JavaScript: it needs none of the TypeScript loader the generator runs under.
        execArgv: [],
        workerData: { options: this.#options, preference: parserPreference(index, this.#size) },
      });
      worker.on("message", (result: FormatResult) => {
        this.#results.push(result);
        this.#pending.delete(result.id);
        this.#checkDone();
      });
      worker.once("error", (error) => this.#settle?.reject(error));
      worker.once("exit", (code) => {
        if (!this.#closed)
          this.#settle?.reject(new Error(`a prettier worker exited early with code ${code}`));
      });
      for (const batch of this.#batches) worker.postMessage(batch);
      this.#workers.push(worker);
    }
  }

  #checkDone(): void {
    if (this.#finishing && this.#results.length === this.#expected) this.#settle?.resolve();
  }
}

/**
 * The order in which worker `index` of `count` takes parsers: even workers
 * walk `PARSER_ORDER` forward from their share's start, odd ones backward
 * from its end, so two workers meet in the middle of a share and each warms
 * up only the parsers on its side (with two workers: TypeScript first;
 * HTML, then Markdown, then TypeScript).
 */
function parserPreference(index: number, count: number): string[] {
  const size = PARSER_ORDER.length;
  const at = (offset: number) => PARSER_ORDER[((offset % size) + size) % size];
  if (index % 2 === 0) {
    const start = Math.floor((index * size) / count);
    return Array.from({ length: size }, (_, step) => at(start + step));
  }
  const start = Math.floor(((index + 1) * size) / count) - 1;
  return Array.from({ length: size }, (_, step) => at(start - step));
}

let parserTable: Promise<Map<string, string>> | undefined;

/** `.ts` -> `oxc-ts`, `.md` -> `markdown` ...: the first parser of each language prettier knows, or a faster equal. */
function parsersByExtension(): Promise<Map<string, string>> {
  parserTable ??= prettier.getSupportInfo().then((info) => {
    const table = new Map<string, string>();
    for (const language of info.languages) {
      const first = language.parsers[0];
      if (first === undefined) continue;
      const parser = FASTER_PARSER[first] ?? first;
      for (const extension of language.extensions ?? []) {
        if (!table.has(extension)) table.set(extension, parser);
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
