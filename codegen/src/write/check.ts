import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { OutputPlan } from "./outputs.ts";

/** How the files on disk differ from what the generator produces (paths relative to the repository root). */
export interface Drift {
  /** On disk with other contents. */
  differing: string[];
  /** Generated but not on disk. */
  missing: string[];
  /** On disk in a generated folder, or an owned file, but no longer generated. */
  extra: string[];
}

export function compareWithDisk(root: string, plan: OutputPlan): Drift {
  const drift: Drift = { differing: [], missing: [], extra: [] };
  for (const output of plan.dirs) {
    const dir = join(root, output.dir);
    const onDisk = new Set(listFiles(dir));
    for (const file of output.files) {
      const path = `${output.dir}/${file.path}`;
      if (!onDisk.delete(file.path)) drift.missing.push(path);
      else if (readFileSync(join(dir, file.path), "utf8") !== file.contents)
        drift.differing.push(path);
    }
    for (const extra of onDisk) drift.extra.push(`${output.dir}/${extra}`);
  }
  for (const file of plan.files) {
    const path = join(root, file.path);
    const onDisk = existsSync(path) ? readFileSync(path, "utf8") : undefined;
    if (file.contents === undefined) {
      if (onDisk !== undefined) drift.extra.push(file.path);
    } else if (onDisk === undefined) drift.missing.push(file.path);
    else if (onDisk !== file.contents) drift.differing.push(file.path);
  }
  for (const list of Object.values(drift)) list.sort();
  return drift;
}

export function hasDrift(drift: Drift): boolean {
  return drift.differing.length + drift.missing.length + drift.extra.length > 0;
}

/** Every file under `dir` (recursively), relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split("\\")
        .join("/"),
    )
    .sort();
}
