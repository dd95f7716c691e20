import { execFileSync } from "node:child_process";
import { ModelDiffError } from "./diff-error.ts";

/** Runs git in `cwd` and returns its stdout; a failure names the command and git's own message. */
export function git(cwd: string, args: readonly string[]): string {
  try {
    return execFileSync("git", args, {
      cwd,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new ModelDiffError(`git ${args.join(" ")} failed in ${cwd}: ${stderr || String(error)}`);
  }
}

/** Like `git`, but answers `undefined` instead of throwing (for questions such as "does this exist?"). */
export function tryGit(cwd: string, args: readonly string[]): string | undefined {
  try {
    return git(cwd, args);
  } catch {
    return undefined;
  }
}

/** The top folder of the git work tree that contains `cwd`, if any. */
export function repositoryRoot(cwd: string): string | undefined {
  return tryGit(cwd, ["rev-parse", "--show-toplevel"])?.trim() || undefined;
}

export type GitObjectType = "commit" | "tree" | "blob" | "tag";

/** The type of the object a revision names (`HEAD~1`, `main:model`, `HEAD:model/a.json`), if it exists. */
export function objectType(cwd: string, revision: string): GitObjectType | undefined {
  if (revision.startsWith("-")) return undefined;
  const type = tryGit(cwd, ["cat-file", "-t", revision])?.trim();
  return type === "commit" || type === "tree" || type === "blob" || type === "tag"
    ? type
    : undefined;
}

/** The abbreviated hash of a commit, for labels. */
export function shortCommit(cwd: string, revision: string): string {
  return git(cwd, ["rev-parse", "--short", `${revision}^{commit}`]).trim();
}

export interface TreeEntry {
  type: string;
  object: string;
  name: string;
}

/** The entries directly inside a tree (`<commit>:model`), or `undefined` when there is no such tree. */
export function listTree(cwd: string, tree: string): TreeEntry[] | undefined {
  const output = tryGit(cwd, ["ls-tree", "-z", "--full-tree", tree]);
  if (output === undefined) return undefined;
  return output
    .split("\0")
    .filter((line) => line.length > 0)
    .map((line) => {
      const [meta, name] = line.split("\t");
      const [, type, object] = meta.split(" ");
      return { type, object, name };
    });
}

export function readBlob(cwd: string, object: string): string {
  return git(cwd, ["cat-file", "blob", object]);
}
