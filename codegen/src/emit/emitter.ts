import type { ModelIr } from "../ir/types.ts";

/** A file an emitter produced, before formatting. */
export interface GeneratedFile {
  /**
   * Path with forward slashes, relative to the repository root for an
   * `Emitter` and to the package's `dist/` for a `BuildEmitter`.
   */
  path: string;
  contents: string;
}

/**
 * One emitter per target package whose generated source is committed.
 * Emitters are pure: they read the IR and return files in memory; the writer
 * alone touches the disk, so check mode and dry runs cost nothing. What they
 * produce is formatted with prettier and compared by `generate:check`.
 */
export interface Emitter {
  /** Registry name: `types`, `client`, `server`, `mocks`, `readme`. */
  name: string;
  /**
   * Folders (relative to the repository root) that this emitter owns entirely.
   * Any file in them that the emitter did not produce is stale and removed on
   * write; check mode reports it.
   */
  outputDirs: string[];
  /**
   * Single files (relative to the repository root) that this emitter owns, in
   * folders that also hold hand-written files (a package's README.md). Each is
   * rewritten when it differs; one listed here but no longer produced is stale
   * and removed on write. None by default.
   */
  outputFiles?: string[];
  emit(ir: ModelIr): GeneratedFile[];
}

/**
 * An emitter of build output: files that a package's own build renders from
 * the model into its `dist/` folder, as the docs site is. They are never
 * committed, so they cannot go stale, and they are not formatted: like
 * compiled code, nobody edits them, and prettier would cost more than the
 * rest of a generator run.
 */
export interface BuildEmitter {
  /** Registry name: `docs`. */
  name: string;
  emit(ir: ModelIr): GeneratedFile[];
}
