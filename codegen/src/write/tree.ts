import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Every file under `dir` (relative to `root`, forward slashes) with its contents. */
export function readTree(root: string, dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const absolute = join(root, dir);
  if (!existsSync(absolute)) return files;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(root, path).split("\\").join("/"), readFileSync(path, "utf8"));
    }
  };
  walk(absolute);
  return files;
}

/** The emitter output folder a generated path belongs to. */
export function ownerDir(path: string, dirs: readonly string[]): string | undefined {
  return dirs.find((dir) => path.startsWith(`${dir}/`));
}
