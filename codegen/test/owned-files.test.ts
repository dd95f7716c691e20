import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Emitter } from "../src/emit/emitter.ts";
import { runPipeline } from "../src/pipeline.ts";
import { planOutputs } from "../src/write/outputs.ts";
import { fixtureRoot, removeFixtureRoots } from "./support/fixture-root.ts";

afterEach(removeFixtureRoots);

/** Owns one file in a package root that also holds hand-written files, and one generated folder. */
const readmeLike: Emitter = {
  name: "notes",
  outputDirs: ["packages/notes/src/generated"],
  outputFiles: ["packages/notes/README.md"],
  emit: (ir) => [
    {
      path: "packages/notes/README.md",
      contents: `# ${ir.service.title}\n\n* ${ir.operations.length} operations`,
    },
    {
      path: "packages/notes/src/generated/count.ts",
      contents: `export const count = ${ir.operations.length}`,
    },
  ],
};

/** Claims the README but no longer produces it. */
const retired: Emitter = { ...readmeLike, emit: () => [] };

function handWritten(root: string): void {
  mkdirSync(join(root, "packages/notes/src"), { recursive: true });
  writeFileSync(join(root, "packages/notes/package.json"), '{ "name": "notes" }\n');
  writeFileSync(join(root, "packages/notes/src/index.ts"), "export {};\n");
}

const emitter = (name: string, outputDirs: string[], outputFiles?: string[]): Emitter => ({
  name,
  outputDirs,
  ...(outputFiles ? { outputFiles } : {}),
  emit: () => [],
});

describe("owned files", { timeout: 60_000 }, () => {
  it("are written formatted beside hand-written files, which stay as they are", async () => {
    const root = fixtureRoot();
    handWritten(root);
    const result = await runPipeline({ root, mode: "write", emitters: [readmeLike] });
    expect(result.written).toEqual(["packages/notes/src/generated", "packages/notes/README.md"]);
    expect(readFileSync(join(root, "packages/notes/README.md"), "utf8")).toBe(
      "# Mini Chime\n\n- 6 operations\n",
    );
    expect(readFileSync(join(root, "packages/notes/package.json"), "utf8")).toBe(
      '{ "name": "notes" }\n',
    );
    expect(readdirSync(join(root, "packages/notes")).sort()).toEqual([
      "README.md",
      "package.json",
      "src",
    ]);
    expect(readdirSync(join(root, "packages/notes/src")).sort()).toEqual(["generated", "index.ts"]);
  });

  it("are rewritten only when they differ", async () => {
    const root = fixtureRoot();
    await runPipeline({ root, mode: "write", emitters: [readmeLike] });
    const again = await runPipeline({ root, mode: "write", emitters: [readmeLike] });
    expect(again.written).toEqual([]);
    writeFileSync(join(root, "packages/notes/README.md"), "# edited by hand\n");
    const repaired = await runPipeline({ root, mode: "write", emitters: [readmeLike] });
    expect(repaired.written).toEqual(["packages/notes/README.md"]);
    expect(readFileSync(join(root, "packages/notes/README.md"), "utf8")).toContain("Mini Chime");
  });

  it("are reported by check mode when stale or missing, without touching the disk", async () => {
    const root = fixtureRoot();
    const missing = await runPipeline({ root, mode: "check", emitters: [readmeLike] });
    expect(missing.drift.missing).toEqual([
      "packages/notes/README.md",
      "packages/notes/src/generated/count.ts",
    ]);
    await runPipeline({ root, mode: "write", emitters: [readmeLike] });
    writeFileSync(join(root, "packages/notes/README.md"), "# edited by hand\n");
    const stale = await runPipeline({ root, mode: "check", emitters: [readmeLike] });
    expect(stale.drift).toEqual({
      differing: ["packages/notes/README.md"],
      missing: [],
      extra: [],
    });
    expect(readFileSync(join(root, "packages/notes/README.md"), "utf8")).toBe("# edited by hand\n");
  });

  it("are stale when claimed but no longer produced: reported by check, removed by write", async () => {
    const root = fixtureRoot();
    handWritten(root);
    await runPipeline({ root, mode: "write", emitters: [readmeLike] });
    const check = await runPipeline({ root, mode: "check", emitters: [retired] });
    expect(check.drift.extra).toEqual([
      "packages/notes/README.md",
      "packages/notes/src/generated/count.ts",
    ]);
    await runPipeline({ root, mode: "write", emitters: [retired] });
    expect(existsSync(join(root, "packages/notes/README.md"))).toBe(false);
    expect(existsSync(join(root, "packages/notes/package.json"))).toBe(true);
  });

  it("leave no temporary file behind when the folder is new", async () => {
    const root = fixtureRoot();
    rmSync(join(root, "packages"), { recursive: true, force: true });
    await runPipeline({ root, mode: "write", emitters: [readmeLike] });
    expect(readdirSync(join(root, "packages/notes")).sort()).toEqual(["README.md", "src"]);
  });
});

describe("planOutputs with owned files", () => {
  const file = (path: string) => ({ path, contents: "x\n" });

  it("rejects an owned file inside a folder another emitter owns", () => {
    expect(() =>
      planOutputs([
        { emitter: emitter("types", ["packages/types/src"]), files: [] },
        { emitter: emitter("readme", [], ["packages/types/src/README.md"]), files: [] },
      ]),
    ).toThrowError(
      'the "readme" emitter claims packages/types/src/README.md, inside packages/types/src, which the "types" emitter owns',
    );
  });

  it("rejects an owned file inside the emitter's own folder", () => {
    expect(() =>
      planOutputs([
        { emitter: emitter("docs", ["packages/docs/src"], ["packages/docs/src/a.md"]), files: [] },
      ]),
    ).toThrowError('inside packages/docs/src, which the "docs" emitter owns');
  });

  it("rejects a file claimed twice, by one emitter or two", () => {
    expect(() =>
      planOutputs([
        {
          emitter: emitter("a", [], ["packages/x/README.md", "./packages/x/README.md"]),
          files: [],
        },
      ]),
    ).toThrowError(
      'packages/x/README.md is claimed twice as an owned file (by the "a" and "a" emitters)',
    );
    expect(() =>
      planOutputs([
        { emitter: emitter("a", [], ["packages/x/README.md"]), files: [] },
        { emitter: emitter("b", [], ["packages/x/README.md"]), files: [] },
      ]),
    ).toThrowError('(by the "a" and "b" emitters)');
  });

  it("rejects a file another emitter owns, and a produced file nobody claims", () => {
    expect(() =>
      planOutputs([
        { emitter: emitter("a", [], ["packages/x/README.md"]), files: [] },
        {
          emitter: emitter("b", [], ["packages/y/README.md"]),
          files: [file("packages/x/README.md")],
        },
      ]),
    ).toThrowError(
      'the "b" emitter produced packages/x/README.md, outside its folders and files (packages/y/README.md)',
    );
  });

  it("keeps owned files apart from folders, sorted, with contents or undefined when not produced", () => {
    const plan = planOutputs([
      {
        emitter: emitter("readme", [], ["packages/b/README.md", "packages/a/README.md"]),
        files: [file("packages/b/README.md")],
      },
    ]);
    expect(plan.dirs).toEqual([]);
    expect(plan.files).toEqual([
      { path: "packages/a/README.md", emitter: "readme", contents: undefined },
      { path: "packages/b/README.md", emitter: "readme", contents: "x\n" },
    ]);
  });
});
