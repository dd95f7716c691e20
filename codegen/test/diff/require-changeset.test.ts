import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { diffCommand, requireChangesetCommand } from "../../src/diff/index.ts";
import { captureIo, smallModel, smallModelWithName, tempRepo, type TempRepo } from "./helpers.ts";

const PATCH_ONLY = '---\n"@chimekit/types": patch\n---\n\nFix a typo.\n';

describe("require-changeset (the CI rule)", () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = tempRepo();
    repo.writeModel("chime.json", smallModel());
    repo.write(".changeset/README.md", "About changesets.\n");
    repo.commit("model");
  });
  afterEach(() => repo.remove());

  async function check(args: string[] = [], env: Record<string, string> = {}) {
    const io = captureIo(repo.dir, env);
    const code = await requireChangesetCommand(args, io);
    return { code, out: io.out, err: io.err };
  }

  it("passes on the first commit, which has nothing to compare with", async () => {
    expect(await check()).toMatchObject({
      code: 0,
      out: expect.stringContaining("no parent commit"),
    });
  });

  it("fails when a commit changes the model's API without a changeset", async () => {
    repo.writeModel("chime.json", smallModelWithName());
    repo.commit("add Account.Name");
    const result = await check();
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /^require-changeset: model\/ has 1 API change since HEAD~1 \([0-9a-f]+\) \(1 feature\), which need a minor release, but no changeset was added in \.changeset\/\./,
    );
    expect(result.err).toContain("  - feature: ns#Account$Name: optional member added");
    expect(result.err).toContain("pnpm model:diff HEAD~1 --changeset");
  });

  it("passes when the same commit adds the changeset model:diff wrote", async () => {
    repo.writeModel("chime.json", smallModelWithName());
    expect(await diffCommand(["HEAD", "--changeset"], captureIo(repo.dir))).toBe(0);
    repo.commit("add Account.Name, with its changeset");
    const result = await check();
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/ok, .* \.changeset\/model-[0-9a-f]{8}\.md gives minor\.\n$/);
  });

  it("fails when the added changeset's bump is smaller than the change needs", async () => {
    repo.writeModel("chime.json", smallModelWithName());
    repo.write(".changeset/typo.md", PATCH_ONLY);
    repo.commit("add Account.Name, with a patch changeset");
    const result = await check();
    expect(result.code).toBe(1);
    expect(result.err).toContain("(.changeset/typo.md: patch) give at most patch");
  });

  it("counts a changeset that is in the working tree but not committed yet", async () => {
    repo.writeModel("chime.json", smallModelWithName());
    repo.commit("add Account.Name");
    repo.write(".changeset/account-name.md", PATCH_ONLY.replace("patch", "minor"));
    expect((await check()).code).toBe(0);
  });

  it("passes when model/ changed without changing the API", async () => {
    repo.write("model/chime.json", JSON.stringify(smallModel()));
    repo.write("model/CORRECTIONS.md", "A note.\n");
    repo.commit("reformat the model");
    expect(await check()).toMatchObject({
      code: 0,
      out: expect.stringContaining("model/ has no API changes since HEAD~1"),
    });
  });

  it("compares with CHANGESET_BASE or --base instead of HEAD~1 when given", async () => {
    const first = repo.git("rev-parse", "HEAD").trim();
    repo.writeModel("chime.json", smallModelWithName());
    repo.commit("add Account.Name");
    repo.write("notes.txt", "unrelated\n");
    repo.commit("unrelated");
    expect((await check()).code).toBe(0);
    expect((await check([], { CHANGESET_BASE: first })).code).toBe(1);
    expect((await check(["--base", first])).code).toBe(1);
  });

  it("rejects a base that is not a commit", async () => {
    const result = await check(["--base", "no-such-branch"]);
    expect(result).toMatchObject({
      code: 1,
      err: 'require-changeset: base "no-such-branch" is not a commit\n',
    });
  });

  it("names a changeset it cannot parse", async () => {
    repo.writeModel("chime.json", smallModelWithName());
    repo.write(".changeset/broken.md", "---\n- not: [a mapping\n---\n");
    repo.commit("broken changeset");
    const result = await check();
    expect(result.code).toBe(1);
    expect(result.err).toContain(".changeset/broken.md is not a valid changeset");
  });
});
