import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { renderBuildOutput } from "@chimekit/codegen";
import { ASSETS_DIR, REPOSITORY_ROOT } from "./paths.ts";

/**
 * Renders the site from the model into `outDir`: the pages at its root (with
 * the Markdown edition in `markdown/`) and the hand-written assets in
 * `assets/`. The site is built beside `outDir` and then put in its place, so
 * no page of an older model survives and a failed build leaves the last site
 * whole. Returns how many pages and index files were written.
 */
export function assembleSite(outDir: string): number {
  const files = renderBuildOutput(REPOSITORY_ROOT, "docs");
  const building = `${outDir.replace(/[\\/]+$/, "")}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  try {
    for (const file of files) {
      const path = join(building, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.contents);
    }
    cpSync(ASSETS_DIR, join(building, "assets"), { recursive: true });
    rmSync(outDir, { recursive: true, force: true });
    renameSync(building, outDir);
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  return files.length;
}
