import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PUBLIC_PACKAGES } from "../../src/diff/index.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), "utf8"));

/** changesets' own config reader, reached through the CLI installed at the root. */
const requireFromCli = createRequire(
  createRequire(join(ROOT, "package.json")).resolve("@changesets/cli/package.json"),
);
const { read } = requireFromCli("@changesets/config") as {
  read(cwd: string): Promise<{
    fixed: string[][];
    ignore: string[];
    access: string;
    baseBranch: string;
    updateInternalDependencies: string;
  }>;
};

describe(".changeset/config.json", () => {
  it("is accepted by changesets and releases the five packages together", async () => {
    const config = await read(ROOT);
    expect(config.fixed).toEqual([[...PUBLIC_PACKAGES]]);
    expect(config.ignore.sort()).toEqual(["@chimekit/bench", "@chimekit/codegen"]);
    expect(config).toMatchObject({
      access: "public",
      baseBranch: "main",
      updateInternalDependencies: "patch",
    });
  });

  it("ignores only private packages and releases only public ones", () => {
    for (const path of ["codegen/package.json", "bench/package.json"]) {
      expect(readJson(path).private).toBe(true);
    }
    for (const name of PUBLIC_PACKAGES) {
      const manifest = readJson(`packages/${name.slice("@chimekit/".length)}/package.json`);
      expect(manifest.name).toBe(name);
      expect(manifest.private).not.toBe(true);
    }
  });
});
