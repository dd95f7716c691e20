import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Emitter } from "../src/emit/emitter.ts";
import { typesEmitter } from "../src/emitters/types/index.ts";
import { ModelError } from "../src/model/load.ts";
import { renderBuildOutput, runPipeline } from "../src/pipeline.ts";
import { listFiles } from "../src/write/check.ts";
import { editShape, fixtureRoot, NS, removeFixtureRoots } from "./support/fixture-root.ts";

afterEach(removeFixtureRoots);

/** An emitter with two output folders and unformatted output, to exercise formatting and the writer. */
const notesEmitter: Emitter = {
  name: "notes",
  outputDirs: ["packages/notes/src/generated", "packages/notes/docs"],
  emit: (ir) => [
    {
      path: "packages/notes/src/generated/operations.ts",
      contents: `export const operations = [${ir.operations.map((operation) => `"${operation.name}"`).join(",")}]`,
    },
    {
      path: "packages/notes/docs/README.md",
      contents: `# ${ir.service.title}\r\n\r\n* ${ir.operations.length} operations`,
    },
    {
      path: "packages/notes/docs/operations.txt",
      contents: ir.operations.map((operation) => operation.name).join("\n"),
    },
  ],
};

const emitters = [typesEmitter, notesEmitter];

/** Every file under the root's packages/ folder, with its contents. */
function snapshot(root: string): Record<string, string> {
  const dir = join(root, "packages");
  return Object.fromEntries(
    listFiles(dir).map((path) => [path, readFileSync(join(dir, path), "utf8")]),
  );
}

describe("runPipeline", { timeout: 60_000 }, () => {
  it("writes formatted files with LF endings into each emitter's folders", async () => {
    const root = fixtureRoot();
    const result = await runPipeline({ root, mode: "write", emitters });
    expect(result.written).toEqual([
      "packages/types/src",
      "packages/notes/src/generated",
      "packages/notes/docs",
    ]);
    const files = snapshot(root);
    expect(files["notes/src/generated/operations.ts"]).toBe(
      'export const operations = [\n  "CreateAccount",\n  "DeleteAccount",\n  "GetAccount",\n  "ListAccounts",\n  "LogoutUser",\n  "UpdateAccount",\n];\n',
    );
    expect(files["notes/docs/README.md"]).toBe("# Mini Chime\n\n- 6 operations\n");
    expect(files["notes/docs/operations.txt"].endsWith("UpdateAccount\n")).toBe(true);
    expect(files["types/src/index.ts"]).toContain(
      'export type { Account } from "./structures/Account.js";',
    );
    expect(Object.values(files).some((contents) => contents.includes("\r"))).toBe(false);
  });

  it("is deterministic: two runs give byte-identical files, and the second writes nothing", async () => {
    const root = fixtureRoot();
    await runPipeline({ root, mode: "write", emitters });
    const first = snapshot(root);
    const second = await runPipeline({ root, mode: "write", emitters });
    expect(second.written).toEqual([]);
    expect(snapshot(root)).toEqual(first);
    rmSync(join(root, "packages"), { recursive: true });
    await runPipeline({ root, mode: "write", emitters });
    expect(snapshot(root)).toEqual(first);
  });

  it("removes stale files from generated folders and leaves no temporary folders", async () => {
    const root = fixtureRoot();
    await runPipeline({ root, mode: "write", emitters });
    writeFileSync(
      join(root, "packages/types/src/structures/Removed.ts"),
      "export interface Removed {}\n",
    );
    await runPipeline({ root, mode: "write", emitters });
    expect(existsSync(join(root, "packages/types/src/structures/Removed.ts"))).toBe(false);
    expect(readdirSync(join(root, "packages/types"))).toEqual(["src"]);
  });

  it("check mode lists differing, missing and extra files without touching them", async () => {
    const root = fixtureRoot();
    await runPipeline({ root, mode: "write", emitters });
    const clean = await runPipeline({ root, mode: "check", emitters });
    expect(clean.drift).toEqual({ differing: [], missing: [], extra: [] });

    writeFileSync(join(root, "packages/types/src/structures/Account.ts"), "// edited by hand\n");
    rmSync(join(root, "packages/notes/docs/README.md"));
    writeFileSync(join(root, "packages/notes/src/generated/leftover.ts"), "export {};\n");
    const before = snapshot(root);
    const stale = await runPipeline({ root, mode: "check", emitters });
    expect(stale.drift).toEqual({
      differing: ["packages/types/src/structures/Account.ts"],
      missing: ["packages/notes/docs/README.md"],
      extra: ["packages/notes/src/generated/leftover.ts"],
    });
    expect(stale.written).toEqual([]);
    expect(snapshot(root)).toEqual(before);
  });

  it("writes nothing when the model is invalid", async () => {
    const root = fixtureRoot();
    await runPipeline({ root, mode: "write", emitters });
    const before = snapshot(root);
    editShape(root, `${NS}Account`, (shape) => {
      shape.members.AccountType.target = `${NS}Missing`;
    });
    editShape(root, `${NS}License`, (shape) => {
      shape.members.EXTRA = {
        target: "smithy.api#Unit",
        traits: { "smithy.api#enumValue": "Zebra" },
      };
    });
    await expect(runPipeline({ root, mode: "write", emitters })).rejects.toThrowError(ModelError);
    expect(snapshot(root)).toEqual(before);
  });

  it("rejects an emitter writing outside its folders before writing anything", async () => {
    const root = fixtureRoot();
    const stray: Emitter = {
      name: "stray",
      outputDirs: ["packages/stray/src"],
      emit: () => [{ path: "packages/other/x.ts", contents: "" }],
    };
    await expect(
      runPipeline({ root, mode: "write", emitters: [typesEmitter, stray] }),
    ).rejects.toThrowError(
      'the "stray" emitter produced packages/other/x.ts, outside its folders and files (packages/stray/src)',
    );
    expect(existsSync(join(root, "packages"))).toBe(false);
  });
});

describe("renderBuildOutput", () => {
  it("renders the docs site from the model, with paths relative to the package's dist", () => {
    const files = renderBuildOutput(fixtureRoot(), "docs");
    const paths = files.map((file) => file.path);
    expect(paths).toContain("index.html");
    expect(paths).toContain("markdown/README.md");
    expect(paths.filter((path) => path.startsWith("operations/"))).toHaveLength(6);
    expect(paths.every((path) => !path.startsWith("packages/"))).toBe(true);
  });

  it("follows the model: an operation's new documentation is on its page", () => {
    const root = fixtureRoot();
    const before = renderBuildOutput(root, "docs").find(
      (file) => file.path === "operations/UpdateAccount.html",
    );
    expect(before?.contents).not.toContain("now with more words");
    editShape(root, `${NS}UpdateAccount`, (shape) => {
      shape.traits["smithy.api#documentation"] = "Renames the account, now with more words.";
    });
    const page = renderBuildOutput(root, "docs").find(
      (file) => file.path === "operations/UpdateAccount.html",
    );
    expect(page?.contents).toContain("now with more words");
  });

  it("names the registered build emitters when asked for an unknown one", () => {
    expect(() => renderBuildOutput(fixtureRoot(), "site")).toThrowError(
      'no build emitter is registered as "site" (registered: docs)',
    );
  });

  it("throws a ModelError on an invalid model", () => {
    const root = fixtureRoot();
    editShape(root, `${NS}Account`, (shape) => {
      shape.members.AccountType.target = `${NS}Missing`;
    });
    expect(() => renderBuildOutput(root, "docs")).toThrowError(ModelError);
  });
});
