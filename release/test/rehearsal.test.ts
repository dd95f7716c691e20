import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, test } from "vitest";
import { PUBLIC_PACKAGES } from "@chimekit/codegen";
import { rehearseRelease } from "../src/rehearse.ts";
import { packageFolder } from "../src/stage-workspace.ts";

const REPO_ROOT = resolve(import.meta.dirname, "../..");

/** The files `changeset version` would rewrite, had it run in the repository itself. */
function releaseFilesDigest(): string {
  const hash = createHash("sha256");
  const changesetFolder = join(REPO_ROOT, ".changeset");
  const files = [
    ...readdirSync(changesetFolder).map((file) => join(changesetFolder, file)),
    ...PUBLIC_PACKAGES.flatMap((name) =>
      ["package.json", "CHANGELOG.md"].map((file) => join(REPO_ROOT, packageFolder(name), file)),
    ),
  ];
  for (const file of files.sort()) {
    hash.update(file).update(existsSync(file) ? readFileSync(file) : "(absent)");
  }
  return hash.digest("hex");
}

test("the five packages publish to a local registry, install with npm, run as ESM and CommonJS, and serve --state on Node 24 without a native build", async () => {
  const before = releaseFilesDigest();
  const report = await rehearseRelease({
    onStage: (stage) => console.log(`release rehearsal: ${stage}`),
  });
  console.log(`release rehearsal: seconds per stage ${JSON.stringify(report.seconds)}`);

  expect(report.version).toMatch(/^\d+\.\d+\.\d+$/);
  expect(report.published).toEqual(PUBLIC_PACKAGES.map((name) => `${name}@${report.version}`));
  expect(report.smoke.map(({ script }) => script)).toEqual(["smoke.mjs", "smoke.cjs"]);
  expect(report.smoke[0]!.output).toMatch(/^esm: created [0-9a-f-]{36}; listed .*rehearsal-esm/);
  expect(report.smoke[1]!.output).toMatch(/^cjs: created [0-9a-f-]{36}; listed .*rehearsal-cjs/);
  expect(report.noBuild.node).toMatch(/^v24\./);
  expect(report.noBuild.store).toMatch(/\(node:sqlite\)$/);
  expect(releaseFilesDigest()).toBe(before);
});
