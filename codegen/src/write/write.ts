import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { compareWithDisk, hasDrift } from "./check.ts";
import type { OutputDir, OutputPlan } from "./outputs.ts";
import { writeOwnedFile } from "./write-file.ts";

/**
 * Writes a plan: each output folder whose contents differ from the generated
 * files is replaced, and each owned file that differs is rewritten (or
 * removed when it is no longer generated). Unchanged folders and files are
 * not touched. Returns the folders and files it changed.
 */
export function writeOutputs(root: string, plan: OutputPlan): string[] {
  const changed: string[] = [];
  for (const output of plan.dirs) {
    if (!hasDrift(compareWithDisk(root, { dirs: [output], files: [] }))) continue;
    replaceFolder(root, output);
    changed.push(output.dir);
  }
  for (const file of plan.files) {
    if (writeOwnedFile(root, file)) changed.push(file.path);
  }
  return changed;
}

/**
 * The new contents are written to a temporary sibling folder which is then
 * swapped in, so a reader never sees a half-written folder, and stale files
 * disappear with the old folder.
 */
function replaceFolder(root: string, output: OutputDir): void {
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
