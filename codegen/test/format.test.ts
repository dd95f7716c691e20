import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import { afterAll, describe, expect, it } from "vitest";
import { emitters } from "../src/emit/registry.ts";
import { loadIr } from "../src/pipeline.ts";
import { formatFiles, startFormatting } from "../src/write/format.ts";
import { fixtureRoot, removeFixtureRoots } from "./support/fixture-root.ts";

afterAll(removeFixtureRoots);

describe("formatFiles", { timeout: 60_000 }, () => {
  it("gives the same result spread over workers as prettier file by file, in input order", async () => {
    const files = Array.from({ length: 90 }, (_, index) => ({
      path: `out/${index % 3 === 0 ? `page${index}.md` : `module${index}.ts`}`,
      contents:
        index % 3 === 0
          ? `# Page ${index}\r\n\r\n* item ${"x".repeat(index)}`
          : `export const value${index} = {a:${index},b:"${"y".repeat(index)}",c:[${index},${index}]}`,
    }));
    const formatted = await formatFiles(fixtureRoot(), files, { cacheDir: false });
    expect(formatted.map((file) => file.path)).toEqual(files.map((file) => file.path));
    for (const [index, file] of formatted.entries()) {
      const parser = file.path.endsWith(".md") ? "markdown" : "typescript";
      const expected = await prettier.format(files[index].contents.replace(/\r\n/g, "\n"), {
        parser,
        printWidth: 100,
      });
      expect(file.contents).toBe(expected);
    }
  });

  it("prints generated TypeScript exactly as the parser `prettier --check` infers for .ts does", async () => {
    const root = fixtureRoot();
    const ir = loadIr(root);
    const files = emitters
      .flatMap((emitter) => emitter.emit(ir))
      .filter((file) => file.path.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(40);
    const formatted = await formatFiles(root, files, { cacheDir: false });
    for (const [index, file] of formatted.entries()) {
      const expected = await prettier.format(files[index].contents, {
        parser: "typescript",
        printWidth: 100,
      });
      expect(file.contents, file.path).toBe(expected);
    }
  });

  it("keeps the order of files added while earlier ones are being formatted", async () => {
    const session = startFormatting(fixtureRoot(), { cacheDir: false });
    const batch = (name: string) =>
      Array.from({ length: 30 }, (_, index) => ({
        path: `${name}/file${index}.ts`,
        contents: `export const ${name}${index}={n:${index}}`,
      }));
    try {
      await session.add(batch("first"));
      await session.add([]);
      await session.add(batch("second"));
      const formatted = await session.finish();
      expect(formatted.map((file) => file.path)).toEqual(
        [...batch("first"), ...batch("second")].map((file) => file.path),
      );
      expect(formatted[31].contents).toBe("export const second1 = { n: 1 };\n");
    } finally {
      session.close();
    }
  });

  it("names the generated file prettier cannot parse", async () => {
    const files = [{ path: "packages/x/src/broken.ts", contents: "export const = ;" }];
    await expect(formatFiles(fixtureRoot(), files)).rejects.toThrowError(
      /prettier could not format the generated file packages\/x\/src\/broken\.ts/,
    );
  });
});

describe("the format cache", { timeout: 60_000 }, () => {
  const files = [
    { path: "a.ts", contents: "export const a  =  1" },
    { path: "b.md", contents: "* b" },
  ];
  const cacheFile = (dir: string) => join(dir, "format-cache.json");

  it("reuses the formatted text of unchanged input, and keeps only the entries a run used", async () => {
    const root = fixtureRoot();
    const cacheDir = join(root, "cache");
    const first = await formatFiles(root, files, { cacheDir });
    expect(first.map((file) => file.contents)).toEqual(["export const a = 1;\n", "- b\n"]);
    const entries = JSON.parse(readFileSync(cacheFile(cacheDir), "utf8")) as Record<string, string>;
    expect(Object.values(entries).sort()).toEqual(["- b\n", "export const a = 1;\n"]);

    // Marking the cached entries proves the second run read them instead of formatting again.
    writeFileSync(
      cacheFile(cacheDir),
      JSON.stringify(
        Object.fromEntries(
          Object.entries(entries).map(([key, value]) => [key, `${value}// cached\n`]),
        ),
      ),
    );
    const second = await formatFiles(root, [files[0]], { cacheDir });
    expect(second[0].contents).toBe("export const a = 1;\n// cached\n");
    expect(Object.keys(JSON.parse(readFileSync(cacheFile(cacheDir), "utf8")))).toHaveLength(1);
  });

  it("formats from scratch when the cache file is unreadable", async () => {
    const root = fixtureRoot();
    const cacheDir = join(root, "cache");
    mkdirSync(cacheDir);
    writeFileSync(cacheFile(cacheDir), "{ truncated");
    const formatted = await formatFiles(root, files, { cacheDir });
    expect(formatted[0].contents).toBe("export const a = 1;\n");
  });
});
