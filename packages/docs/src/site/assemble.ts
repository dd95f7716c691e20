import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ASSETS_DIR, GENERATED_DIR } from "./paths.ts";

/**
 * Writes the site into `outDir`: the generated pages at its root (with the
 * Markdown edition in `markdown/`) and the hand-written assets in `assets/`.
 * The folder is emptied first so no page of an older model survives.
 */
export function assembleSite(outDir: string): void {
  if (!existsSync(join(GENERATED_DIR, "index.html"))) {
    throw new Error(
      `No generated pages in ${GENERATED_DIR}: run \`pnpm generate\` at the repository root first.`,
    );
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(GENERATED_DIR, outDir, { recursive: true });
  cpSync(ASSETS_DIR, join(outDir, "assets"), { recursive: true });
}
