import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Where the pipeline keeps its cache: under `node_modules/.cache`, never committed. */
export function defaultCacheDir(root: string): string {
  return join(root, "node_modules", ".cache", "chimekit-codegen");
}

/**
 * Prettier's output is a pure function of its input, its options and its
 * version, so a file whose emitted text has not changed since the last run
 * need not be formatted again. The cache keeps only the entries the last run
 * used, so it does not grow. A missing or unreadable cache only makes the run slower.
 */
export class FormatCache {
  readonly #path: string;
  readonly #previous: Map<string, string>;
  readonly #used = new Map<string, string>();
  readonly #salt: string;

  /** `dir` holds the cache file; `salt` is everything besides a file's text that decides the output. */
  constructor(dir: string, salt: string) {
    this.#path = join(dir, "format-cache.json");
    this.#salt = salt;
    this.#previous = readEntries(this.#path);
  }

  key(parser: string, contents: string): string {
    return createHash("sha256")
      .update(this.#salt)
      .update("\0")
      .update(parser)
      .update("\0")
      .update(contents)
      .digest("hex");
  }

  get(key: string): string | undefined {
    const formatted = this.#previous.get(key);
    if (formatted !== undefined) this.#used.set(key, formatted);
    return formatted;
  }

  set(key: string, formatted: string): void {
    this.#used.set(key, formatted);
  }

  /** Writes the entries this run used, atomically (a concurrent run never reads half a file). */
  save(): void {
    try {
      mkdirSync(dirname(this.#path), { recursive: true });
      const temporary = `${this.#path}.${process.pid}`;
      writeFileSync(
        temporary,
        JSON.stringify(Object.fromEntries([...this.#used].sort(([a], [b]) => (a < b ? -1 : 1)))),
      );
      renameSync(temporary, this.#path);
    } catch {
      // The cache is an optimisation: failing to save it must not fail generation.
    }
  }
}

function readEntries(path: string): Map<string, string> {
  try {
    const entries: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (entries === null || typeof entries !== "object") return new Map();
    return new Map(
      Object.entries(entries).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    );
  } catch {
    return new Map();
  }
}
