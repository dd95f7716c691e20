import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { ModelDiffError } from "./diff-error.ts";
import { listTree, objectType, readBlob, repositoryRoot, shortCommit } from "./git.ts";

/** The model's folder, relative to the repository root. */
export const MODEL_DIR = "model";

/** One model file's text and the name messages use for it (a path, or `rev:path`). */
export interface ModelFile {
  name: string;
  text: string;
}

/** The files of one side of a comparison, with a label saying where they came from. */
export interface ModelSource {
  label: string;
  files: ModelFile[];
}

/**
 * Resolves one side of `model:diff`: a model file or folder on disk (relative
 * to `cwd`), else a git revision (a commit reads `model/*.json` at that commit;
 * `rev:path` names a tree or a single file). Without a spec it is the working
 * tree's `model/`.
 */
export function readModelSource(spec: string | undefined, cwd: string): ModelSource {
  if (spec === undefined) return readWorkingTreeModel(cwd);
  const path = resolve(cwd, spec);
  if (existsSync(path)) return readModelPath(path, spec);
  return readGitRevision(spec, cwd);
}

/** Like a commit without `model/`, a working tree without model files is an empty model. */
function readWorkingTreeModel(cwd: string): ModelSource {
  const root = repositoryRoot(cwd);
  if (root === undefined) {
    throw new ModelDiffError(
      `${cwd} is not inside a git work tree, so there is no working-tree ${MODEL_DIR}/ to compare with; name both models`,
    );
  }
  const path = join(root, MODEL_DIR);
  const label = `working tree ${MODEL_DIR}/`;
  if (!existsSync(path) || !readdirSync(path).some((name) => name.endsWith(".json"))) {
    return { label: `${label}, which has no model files`, files: [] };
  }
  return { ...readModelPath(path, relative(cwd, path) || "."), label };
}

/** `label` is the path as the user wrote it; file names in messages start with it. */
function readModelPath(path: string, label: string): ModelSource {
  if (!statSync(path).isDirectory()) {
    return { label, files: [{ name: label, text: readFileSync(path, "utf8") }] };
  }
  const names = readdirSync(path)
    .filter((name) => name.endsWith(".json"))
    .sort();
  if (names.length === 0) throw new ModelDiffError(`no *.json model files in ${label}`);
  return {
    label,
    files: names.map((name) => ({
      name: join(label, name),
      text: readFileSync(join(path, name), "utf8"),
    })),
  };
}

function readGitRevision(spec: string, cwd: string): ModelSource {
  const type = objectType(cwd, spec);
  if (type === "commit" || type === "tag") return readModelAtCommit(spec, cwd);
  if (type === "tree") return { label: spec, files: readTreeFiles(spec, spec, cwd) ?? [] };
  if (type === "blob") return { label: spec, files: [{ name: spec, text: readBlob(cwd, spec) }] };
  throw new ModelDiffError(
    `"${spec}" is not a model file or folder (looked in ${cwd}), nor a git revision`,
  );
}

/** `model/*.json` at a commit. A commit that has no `model/` yet is an empty model. */
export function readModelAtCommit(spec: string, cwd: string): ModelSource {
  const files = readTreeFiles(`${spec}^{commit}:${MODEL_DIR}`, `${spec}:${MODEL_DIR}`, cwd);
  const at = `${spec} (${shortCommit(cwd, spec)})`;
  return files === undefined
    ? { label: `${at}, which has no ${MODEL_DIR}/`, files: [] }
    : { label: `${MODEL_DIR}/ at ${at}`, files };
}

function readTreeFiles(tree: string, displayName: string, cwd: string): ModelFile[] | undefined {
  const entries = listTree(cwd, tree);
  if (entries === undefined) return undefined;
  return entries
    .filter((entry) => entry.type === "blob" && entry.name.endsWith(".json"))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((entry) => ({ name: `${displayName}/${entry.name}`, text: readBlob(cwd, entry.object) }));
}
