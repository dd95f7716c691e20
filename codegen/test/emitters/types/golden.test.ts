import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { typesEmitter } from "../../../src/emitters/types/index.ts";
import { loadIr } from "../../../src/pipeline.ts";
import { formatFiles } from "../../../src/write/format.ts";
import { fixtureRoot, removeFixtureRoots } from "../../support/fixture-root.ts";

afterAll(removeFixtureRoots);

/**
 * What the types emitter writes for the mini fixture model, formatted as `pnpm generate` writes
 * it, kept in `test/golden/types/` (paths below `packages/types/src/`). The golden files are
 * TypeScript inside codegen's `tsconfig.json`, so `pnpm lint` compiles them: the test shows what
 * changed, and the compiler that it still type-checks. `UPDATE_GOLDEN=1` rewrites them.
 */
const GOLDEN = fileURLToPath(new URL("../../golden/types/", import.meta.url));
const PACKAGE_SRC = "packages/types/src/";

function goldenFiles(dir = GOLDEN): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    found.set(relative(GOLDEN, file), readFileSync(file, "utf8"));
  }
  return found;
}

describe("types emitter golden files (mini fixture)", () => {
  it("match what the emitter writes, file for file", async () => {
    const root = fixtureRoot();
    const emitted = await formatFiles(root, typesEmitter.emit(loadIr(root)), { cacheDir: false });
    const actual = new Map(
      emitted.map((file) => [file.path.slice(PACKAGE_SRC.length), file.contents]),
    );
    if (process.env.UPDATE_GOLDEN === "1") {
      rmSync(GOLDEN, { recursive: true, force: true });
      for (const [path, contents] of actual) {
        mkdirSync(dirname(join(GOLDEN, path)), { recursive: true });
        writeFileSync(join(GOLDEN, path), contents);
      }
    }
    const golden = goldenFiles();
    expect([...actual.keys()].sort(), "files (UPDATE_GOLDEN=1 rewrites them)").toEqual(
      [...golden.keys()].sort(),
    );
    for (const [path, contents] of actual) {
      expect(contents, `test/golden/types/${path} (UPDATE_GOLDEN=1 rewrites it)`).toBe(
        golden.get(path),
      );
    }
  });
});
