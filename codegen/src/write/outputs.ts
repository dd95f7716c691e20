import type { Emitter, GeneratedFile } from "../emit/emitter.ts";

/** The files of one output folder, which its emitter owns entirely. */
export interface OutputDir {
  /** Relative to the repository root, forward slashes, no trailing slash. */
  dir: string;
  emitter: string;
  /** Paths relative to `dir`, sorted, each with its contents. */
  files: GeneratedFile[];
}

/** One file an emitter owns in a folder it shares with hand-written files. */
export interface OwnedFile {
  /** Relative to the repository root, forward slashes. */
  path: string;
  emitter: string;
  /** Undefined when the emitter owns the file but no longer produces it: it is stale. */
  contents: string | undefined;
}

/** Everything a generator run writes: whole folders, and single owned files. */
export interface OutputPlan {
  dirs: OutputDir[];
  files: OwnedFile[];
}

/**
 * Sorts each emitter's files into the folders and single files it owns. A
 * file outside what its emitter owns, a path produced twice, two emitters
 * claiming overlapping folders, or an owned file listed twice or inside an
 * owned folder is a generator bug and stops the run before anything is written.
 */
export function planOutputs(results: { emitter: Emitter; files: GeneratedFile[] }[]): OutputPlan {
  const dirs = claimDirs(results.map((result) => result.emitter));
  const owned = claimFiles(
    results.map((result) => result.emitter),
    dirs,
  );
  const seen = new Set<string>();
  for (const { emitter, files } of results) {
    for (const file of files) {
      const path = normalize(file.path);
      if (seen.has(path))
        throw new Error(`${path} is generated twice (last by the "${emitter.name}" emitter)`);
      seen.add(path);
      const ownedFile = owned.get(path);
      if (ownedFile?.emitter === emitter.name) {
        ownedFile.contents = file.contents;
        continue;
      }
      const owner = dirs.find(
        (candidate) => candidate.emitter === emitter.name && contains(candidate.dir, path),
      );
      if (owner === undefined) {
        const claims = [...emitter.outputDirs, ...(emitter.outputFiles ?? [])];
        throw new Error(
          `the "${emitter.name}" emitter produced ${path}, outside its folders and files (${claims.join(", ") || "none"})`,
        );
      }
      owner.files.push({ path: path.slice(owner.dir.length + 1), contents: file.contents });
    }
  }
  for (const dir of dirs) dir.files.sort((a, b) => compare(a.path, b.path));
  return { dirs, files: [...owned.values()].sort((a, b) => compare(a.path, b.path)) };
}

function claimDirs(emitters: Emitter[]): OutputDir[] {
  const dirs: OutputDir[] = [];
  for (const emitter of emitters) {
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
  return dirs;
}

/** The single files each emitter owns, by path; none may sit in an owned folder or be listed twice. */
function claimFiles(emitters: Emitter[], dirs: OutputDir[]): Map<string, OwnedFile> {
  const owned = new Map<string, OwnedFile>();
  for (const emitter of emitters) {
    for (const path of (emitter.outputFiles ?? []).map(normalize)) {
      const twice = owned.get(path);
      if (twice) {
        throw new Error(
          `${path} is claimed twice as an owned file (by the "${twice.emitter}" and "${emitter.name}" emitters)`,
        );
      }
      const dir = dirs.find((candidate) => contains(candidate.dir, path));
      if (dir) {
        throw new Error(
          `the "${emitter.name}" emitter claims ${path}, inside ${dir.dir}, which the "${dir.emitter}" emitter owns`,
        );
      }
      owned.set(path, { path, emitter: emitter.name, contents: undefined });
    }
  }
  return owned;
}

function normalize(path: string): string {
  return path.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
}

/** Whether `path` is `dir` itself or inside it. */
function contains(dir: string, path: string): boolean {
  return path === dir || path.startsWith(`${dir}/`);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
