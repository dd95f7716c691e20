import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { diffCommand } from "../../src/diff/index.ts";
import { captureIo, FIXTURES, tempRepo } from "./helpers.ts";

const BASE = join(FIXTURES, "base");
const MEMBER_REPLACED = join(FIXTURES, "changes", "member-replaced.json");

describe("model:diff output", () => {
  it("groups the changes by class, names shapes, and ends with the bump and packages", async () => {
    // Outside any repository there is no package version, hence no 0.x note.
    const io = captureIo(tmpdir());
    const code = await diffCommand([BASE, MEMBER_REPLACED], io);
    expect(code).toBe(0);
    expect(io.out.split("\n")).toEqual([
      `Model changes from ${BASE} to ${MEMBER_REPLACED}`,
      "",
      "Breaking (1)",
      "  - ns#User$Email: member removed",
      "",
      "Feature (1)",
      "  - ns#User$Phone: optional member added (target smithy.api#String)",
      "",
      "Summary: 2 changes (1 breaking, 1 feature): major bump for @chimekit/types, " +
        "@chimekit/client, @chimekit/server, @chimekit/mocks, @chimekit/docs.",
      "",
    ]);
  });

  it("bumps all five packages by a patch for a documentation-only change", async () => {
    const io = captureIo(FIXTURES);
    await diffCommand(["base", join("changes", "documentation-changed.json"), "--json"], io);
    const report = JSON.parse(io.out);
    expect(report.bump).toBe("patch");
    expect(report.counts).toEqual({ breaking: 0, feature: 0, docs: 2 });
    expect(report.packages).toEqual([
      "@chimekit/types",
      "@chimekit/client",
      "@chimekit/server",
      "@chimekit/mocks",
      "@chimekit/docs",
    ]);
  });

  it.each([
    ["0.3.0", "; the packages are at 0.3.0, so a major bump releases 1.0.0."],
    ["1.2.0", "@chimekit/docs."],
  ])("with the packages at %s, ends a major bump's summary with %j", async (version, ending) => {
    const repo = tempRepo();
    try {
      repo.write(
        "packages/types/package.json",
        JSON.stringify({ name: "@chimekit/types", version }),
      );
      const io = captureIo(repo.dir);
      await diffCommand([BASE, MEMBER_REPLACED], io);
      expect(io.out.trimEnd().endsWith(ending)).toBe(true);
    } finally {
      repo.remove();
    }
  });

  it("says so when there is nothing to release", async () => {
    const io = captureIo(FIXTURES);
    await diffCommand(["base", "base"], io);
    expect(io.out).toContain("Summary: no API changes; no release needed.");
  });
});

describe("model:diff errors", () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("names the file, line and column of invalid JSON", async () => {
    dir = mkdtempSync(join(tmpdir(), "chimekit-diff-"));
    writeFileSync(join(dir, "broken.json"), '{\n  "smithy": "2.0",\n  "shapes": {,}\n}\n');
    const io = captureIo(dir);
    expect(await diffCommand(["broken.json", join(FIXTURES, "base")], io)).toBe(1);
    expect(io.err).toMatch(/^model:diff: broken\.json: invalid JSON at line 3, column 14: /);
  });

  it("names both files when they define one shape differently", async () => {
    dir = mkdtempSync(join(tmpdir(), "chimekit-diff-"));
    const shape = (type: string) =>
      JSON.stringify({ smithy: "2.0", shapes: { "ns#Id": { type } } });
    writeFileSync(join(dir, "a.json"), shape("string"));
    writeFileSync(join(dir, "b.json"), shape("integer"));
    const io = captureIo(dir);
    expect(await diffCommand([".", join(FIXTURES, "base")], io)).toBe(1);
    expect(io.err).toBe("model:diff: shape ns#Id is defined differently in a.json and b.json\n");
  });

  it("rejects something that is neither a path nor a revision", async () => {
    dir = mkdtempSync(join(tmpdir(), "chimekit-diff-"));
    const io = captureIo(dir);
    expect(await diffCommand(["no-such-model", join(FIXTURES, "base")], io)).toBe(1);
    expect(io.err).toContain('"no-such-model" is not a model file or folder');
  });

  it("prints the usage for wrong arguments", async () => {
    dir = mkdtempSync(join(tmpdir(), "chimekit-diff-"));
    const io = captureIo(dir);
    expect(await diffCommand(["--nope"], io)).toBe(2);
    expect(io.err).toContain("Usage: model:diff <old> [<new>]");
  });
});
