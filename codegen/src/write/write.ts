import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { compareWithDisk, hasDrift } from "./check.ts";
import type { OutputDir } from "./outputs.ts";

/**
 * Replaces each output folder whose contents differ from the generated files:
 * the new contents are written to a temporary sibling folder which is then
 * swapped in, so a reader never sees a half-written folder, and stale files
 * disappear with the old folder. Unchanged folders are not touched.
 * Returns the folders it replaced.
 */
export function writeOutputs(root: string, outputs: OutputDir[]): string[] {
  const replaced: string[] = [];
  for (const output of outputs) {
    if (!hasDrift(compareWithDisk(root, [output]))) continue;
    const target = join(root, output.dir);
    const parent = dirname(target);
    const staging = join(parent, `.${basename(target)}.generating-${process.pid}`);
    const retired = join(parent, `.${basename(target)}.replaced-${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    try {
      for (const file of output.files) {
        const path = join(staging, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.contents);
      }
      mkdirSync(staging, { recursive: true });
      swap(staging, target, retired);
    } finally {
      rmSync(staging, { recursive: true, force: true });
      rmSync(retired, { recursive: true, force: true });
    }
    replaced.push(output.dir);
  }
  return replaced;
}

/** Moves `staging` to `target`, putting the old `target` back if the move fails. */
function swap(staging: string, target: string, retired: string): void {
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, retired);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (hadTarget) renameSync(retired, target);
    throw error;
  }
}
