import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import * as prettier from "prettier";
import { Tinypool } from "tinypool";
import type { GeneratedFile } from "../emit/emitter.ts";
import { defaultCacheDir, FormatCache } from "./format-cache.ts";

/** A file to format and the prettier parser its extension calls for. */
interface FormatJob {
  /** The file's position among every file added to the session. */
  id: number;
  contents: string;
  parser: string;
}

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 40;

/**
 * Workers beside the main thread, which emits while they format: one per core
 * but one, up to three. Measured on 2 cores with the real model, a second
 * worker started once the emitters are done cost more (prettier's warm-up)
 * than it saved.
 */
const WORKERS = Math.max(1, Math.min(availableParallelism() - 1, 3));

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
 * go to a pool of worker threads; prettier is pure, so neither changes the result.
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
  /** Formatted text by file id, from the cache and from files without a parser. */
  readonly #formatted = new Map<number, string>();
  readonly #keys = new Map<number, string>();
  /** Files to format, held back until there are enough to be worth starting workers. */
  #held: FormatJob[] = [];
  #pool: Tinypool | undefined;
  /** Files given to the pool, with the promise of each one's text. */
  readonly #running: Array<{ job: FormatJob; formatted: Promise<string> }> = [];
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
    const jobs = [
      ...this.#running,
      ...this.#held.map((job) => ({ job, formatted: formatHere(job, options) })),
    ];
    for (const { job, formatted } of jobs) {
      let contents: string;
      try {
        contents = await formatted;
      } catch (error) {
        throw new Error(
          `prettier could not format the generated file ${this.#paths[job.id]}: ${(error as Error).message}`,
        );
      }
      this.#formatted.set(job.id, contents);
      const key = this.#keys.get(job.id);
      if (key !== undefined) cache?.set(key, contents);
    }
    cache?.save();
    return this.#paths.map((path, id) => ({ path, contents: this.#formatted.get(id) as string }));
  }

  close(): void {
    void this.#pool?.destroy();
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
    if (this.#pool === undefined && this.#held.length >= PARALLEL_THRESHOLD) {
      this.#pool = new Tinypool({
        filename: new URL("./format-worker.mjs", import.meta.url).href,
        minThreads: WORKERS,
        maxThreads: WORKERS,
        // The worker is plain JavaScript: it needs none of the TypeScript loader the generator runs under.
        execArgv: [],
        workerData: options,
      });
    }
    const pool = this.#pool;
    if (pool === undefined) return;
    for (const job of this.#held) {
      const formatted: Promise<string> = pool.run({ contents: job.contents, parser: job.parser });
      // A failure is reported by `finish`, with the file's path.
      formatted.catch(() => undefined);
      this.#running.push({ job, formatted });
    }
    this.#held = [];
  }
}

function formatHere(job: FormatJob, options: prettier.Options): Promise<string> {
  return prettier.format(job.contents, { ...options, parser: job.parser });
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
