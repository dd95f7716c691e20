import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { diffCommand } from "../../src/diff/index.ts";
import { captureIo, smallModel, smallModelWithName, tempRepo, type TempRepo } from "./helpers.ts";

const ALL_PACKAGES = [
  "@chimekit/types",
  "@chimekit/client",
  "@chimekit/server",
  "@chimekit/mocks",
  "@chimekit/docs",
];

describe("model:diff against a git revision", () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = tempRepo();
    repo.writeModel("chime.json", smallModel());
    repo.write("model/CORRECTIONS.md", "Nothing corrected yet.\n");
    repo.commit("model");
    repo.writeModel("chime.json", smallModelWithName());
    repo.commit("add Account.Name");
  });
  afterEach(() => repo.remove());

  it("reports one optional member added to one structure, as a feature, for all five packages", async () => {
    const io = captureIo(repo.dir);
    expect(await diffCommand(["HEAD~1", "--json"], io)).toBe(0);
    const report = JSON.parse(io.out);
    expect(report.changes).toEqual([
      {
        class: "feature",
        kind: "optional-member-added",
        shape: "ns#Account$Name",
        description: "optional member added (target smithy.api#String)",
      },
    ]);
    expect(report.bump).toBe("minor");
    expect(report.packages).toEqual(ALL_PACKAGES);
    expect(report.before).toMatch(/^model\/ at HEAD~1 \([0-9a-f]{7,}\)$/);
    expect(report.after).toBe("working tree model/");
  });

  it("prints that change and the minor bump for people", async () => {
    const io = captureIo(repo.dir);
    await diffCommand(["HEAD~1"], io);
    expect(io.out).toContain("Feature (1)\n  - ns#Account$Name: optional member added");
    expect(io.out).toContain(
      `Summary: 1 change (1 feature): minor bump for ${ALL_PACKAGES.join(", ")}.`,
    );
  });

  it("finds the repository's model/ from a subfolder", async () => {
    mkdirSync(join(repo.dir, "codegen"));
    const io = captureIo(join(repo.dir, "codegen"));
    await diffCommand(["HEAD~1", "--json"], io);
    expect(JSON.parse(io.out).changes).toHaveLength(1);
  });

  it("compares two revisions, or a single model file at a revision", async () => {
    const commits = captureIo(repo.dir);
    await diffCommand(["HEAD", "HEAD~1", "--json"], commits);
    expect(JSON.parse(commits.out).changes).toMatchObject([
      { class: "breaking", kind: "member-removed", shape: "ns#Account$Name" },
    ]);
    const blob = captureIo(repo.dir);
    await diffCommand(["HEAD~1:model/chime.json", "HEAD~1", "--json"], blob);
    expect(JSON.parse(blob.out).changes).toEqual([]);
  });

  it("treats a commit without model/ as an empty model", async () => {
    repo.git("checkout", "-q", "--orphan", "empty");
    repo.git("rm", "-rq", "--cached", ".");
    repo.write("README.md", "empty\n");
    repo.git("add", "README.md");
    repo.git("commit", "-q", "--no-gpg-sign", "-m", "no model");
    const io = captureIo(repo.dir);
    await diffCommand(["empty", "main", "--json"], io);
    const report = JSON.parse(io.out);
    expect(report.before).toMatch(/which has no model\/$/);
    expect(report.changes.map((change: { kind: string }) => change.kind)).toEqual([
      "shape-added",
      "service-added",
      "operation-added",
    ]);
  });
});
