import type { ModelIr } from "../ir/types.ts";

/** A file an emitter produced, before formatting. */
export interface GeneratedFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  contents: string;
}

/**
 * One emitter per target package. Emitters are pure: they read the IR and
 * return files in memory; the writer alone touches the disk, so check mode and
 * dry runs cost nothing.
 */
export interface Emitter {
  /** Registry name: `types`, `client`, `server`, `mocks`, `docs`. */
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
