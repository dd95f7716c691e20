import type { Emitter, GeneratedFile } from "../emit/emitter.ts";

/** The files of one output folder, which its emitter owns entirely. */
export interface OutputDir {
  /** Relative to the repository root, forward slashes, no trailing slash. */
  dir: string;
  emitter: string;
  /** Paths relative to `dir`, sorted, each with its contents. */
  files: GeneratedFile[];
}

/**
 * Sorts each emitter's files into the folders it owns. A file outside its
 * emitter's folders, a path produced twice, or two emitters claiming
 * overlapping folders is a generator bug and stops the run before anything is written.
 */
export function planOutputs(results: { emitter: Emitter; files: GeneratedFile[] }[]): OutputDir[] {
  const dirs: OutputDir[] = [];
  for (const { emitter } of results) {
    for (const dir of emitter.outputDirs.map(normalize)) {
      const clash = dirs.find((other) => contains(other.dir, dir) || contains(dir, other.dir));
      if (clash) {
        throw new Error(
          `emitters "${clash.emitter}" and "${emitter.name}" both claim ${contains(clash.dir, dir) ? dir : clash.dir}`,
        );
      }
      dirs.push({ dir, emitter: emitter.name, files: [] });
    }
  }
  const seen = new Set<string>();
  for (const { emitter, files } of results) {
    for (const file of files) {
      const path = normalize(file.path);
      if (seen.has(path))
        throw new Error(`${path} is generated twice (last by the "${emitter.name}" emitter)`);
      seen.add(path);
      const owner = dirs.find(
        (candidate) => candidate.emitter === emitter.name && contains(candidate.dir, path),
      );
      if (owner === undefined) {
        throw new Error(
          `the "${emitter.name}" emitter produced ${path}, outside its folders (${emitter.outputDirs.join(", ")})`,
        );
      }
      owner.files.push({ path: path.slice(owner.dir.length + 1), contents: file.contents });
    }
  }
  for (const dir of dirs)
    dir.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return dirs;
}

function normalize(path: string): string {
  return path.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
}

/** Whether `path` is `dir` itself or inside it. */
function contains(dir: string, path: string): boolean {
  return path === dir || path.startsWith(`${dir}/`);
}
