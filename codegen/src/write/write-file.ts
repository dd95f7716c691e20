import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { OwnedFile } from "./outputs.ts";

/**
 * Brings one owned file in line with the plan: written when its contents
 * differ, through a temporary file in the same folder renamed over it (a
 * reader sees the old file or the new one, never half of it), or removed when
 * it is no longer generated. Returns whether the disk changed.
 */
export function writeOwnedFile(root: string, file: OwnedFile): boolean {
  const target = join(root, file.path);
  const onDisk = existsSync(target) ? readFileSync(target, "utf8") : undefined;
  if (onDisk === file.contents) return false;
  if (file.contents === undefined) {
    rmSync(target);
    return true;
  }
  mkdirSync(dirname(target), { recursive: true });
  const temporary = join(dirname(target), `.${basename(target)}.generating-${process.pid}`);
  try {
    writeFileSync(temporary, file.contents);
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
  }
  return true;
}
