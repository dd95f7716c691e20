import parseChangeset from "@changesets/parse";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "prettier";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { diffCommand } from "../../src/diff/index.ts";
import { captureIo, FIXTURES, tempRepo, type TempRepo } from "./helpers.ts";

const BASE = join(FIXTURES, "base");
const change = (name: string) => join(FIXTURES, "changes", `${name}.json`);

describe("model:diff --changeset", () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = tempRepo();
  });
  afterEach(() => repo.remove());

  async function writeChangesetFor(fixture: string): Promise<string> {
    const io = captureIo(repo.dir);
    expect(await diffCommand([BASE, change(fixture), "--changeset"], io)).toBe(0);
    const written = /^Wrote (.+)$/m.exec(io.out)?.[1];
    expect(written).toMatch(/^\.changeset\/model-[0-9a-f]{8}\.md$/);
    return written as string;
  }

  it("gives every public package the bump and names each change", async () => {
    const file = await writeChangesetFor("member-replaced");
    const text = readFileSync(join(repo.dir, file), "utf8");
    const { releases, summary } = parseChangeset(text);
    expect(releases).toEqual([
      { name: "@chimekit/types", type: "major" },
      { name: "@chimekit/client", type: "major" },
      { name: "@chimekit/server", type: "major" },
      { name: "@chimekit/mocks", type: "major" },
      { name: "@chimekit/docs", type: "major" },
    ]);
    expect(summary.split("\n")).toEqual([
      "API model changes (1 breaking, 1 feature):",
      "",
      "- breaking: `ns#User$Email`: member removed",
      "- feature: `ns#User$Phone`: optional member added (target smithy.api#String)",
    ]);
  });

  it.each([
    ["optional-member-added", "minor"],
    ["documentation-changed", "patch"],
    ["operation-removed", "major"],
  ])("writes %s as a %s bump", async (fixture, bump) => {
    const file = await writeChangesetFor(fixture);
    const { releases } = parseChangeset(readFileSync(join(repo.dir, file), "utf8"));
    expect(new Set(releases.map((release) => release.type))).toEqual(new Set([bump]));
  });

  it("is already formatted the way prettier writes markdown", async () => {
    const file = await writeChangesetFor("member-replaced");
    const text = readFileSync(join(repo.dir, file), "utf8");
    expect(await format(text, { parser: "markdown", printWidth: 100 })).toBe(text);
  });

  it("is named after its changes: the same changes write the same file", async () => {
    const first = await writeChangesetFor("enum-value-added");
    const again = await writeChangesetFor("enum-value-added");
    const other = await writeChangesetFor("enum-value-removed");
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(readdirSync(join(repo.dir, ".changeset")).sort()).toEqual(
      [first, other].map((path) => path.slice(".changeset/".length)).sort(),
    );
  });

  it("writes nothing when the models have the same API", async () => {
    const io = captureIo(repo.dir);
    expect(await diffCommand([BASE, BASE, "--changeset", "--json"], io)).toBe(0);
    expect(JSON.parse(io.out).changeset).toBeUndefined();
    expect(() => readdirSync(join(repo.dir, ".changeset"))).toThrow();
  });
});
