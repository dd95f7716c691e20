import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: three levels above `codegen/src/import/`. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/**
 * The setting that says where the API reference text is. The text (the Amazon Chime API
 * Reference 2018-05-01, converted from PDF) is not ours to publish, so the repository never
 * holds a copy: it is read from wherever the setting points.
 */
export const REFERENCE_SETTING = "CHIMEKIT_REFERENCE";

/** Without the setting: `shared/reference/` beside the repository, where CI and our machines keep it. */
export const DEFAULT_REFERENCE = "../shared/reference/chime-api-reference-2018-05-01.txt";

export interface ReferenceLocation {
  /** Where the reference is read from. */
  path: string;
  /** Why the reference cannot be read from there, or undefined when it can. */
  missing?: string;
}

/**
 * Where the API reference text is: `CHIMEKIT_REFERENCE` when set, else the default, either one
 * resolved against the repository root (so every package's tests find the same file). Every
 * test and tool that reads the reference asks here.
 */
export function locateReference(env: NodeJS.ProcessEnv = process.env): ReferenceLocation {
  const setting = env[REFERENCE_SETTING];
  const file = path.resolve(REPO_ROOT, setting || DEFAULT_REFERENCE);
  if (existsSync(file)) return { path: file };
  const from = setting ? `${REFERENCE_SETTING}=${setting}` : `the default ${DEFAULT_REFERENCE}`;
  return {
    path: file,
    missing: `the API reference text is not at ${file} (from ${from}); set ${REFERENCE_SETTING} to its path`,
  };
}
