import { parseArgs } from "node:util";
import { addedChangesets, type AddedChangeset } from "./added-changesets.ts";
import type { ModelChange } from "./change.ts";
import { compareModels } from "./compare-models.ts";
import { ModelDiffError } from "./diff-error.ts";
import { objectType, repositoryRoot, shortCommit } from "./git.ts";
import type { CommandIo } from "./io.ts";
import { mergeModelFiles } from "./merge-model.ts";
import { readModelAtCommit, readModelSource } from "./model-source.ts";
import { bumpCovers, largerBump, releaseBump, type Bump } from "./release.ts";
import { countByClass, describeCounts } from "./report.ts";

export const REQUIRE_CHANGESET_USAGE = `Usage: require-changeset [--base <revision>]

Fails when the working tree's model/ has API changes since the base commit
(--base, else $CHANGESET_BASE, else HEAD~1) and no changeset added since then
gives the public packages at least the bump those changes need.
`;

const DEFAULT_BASE = "HEAD~1";

/** Enough changes to see what happened; `model:diff` lists them all. */
const LISTED_CHANGES = 20;

/**
 * The CI rule "a model change comes with a changeset". It compares models
 * (not files), so reformatting model/ or editing CORRECTIONS.md needs none.
 */
export async function runRequireChangeset(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      base: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(REQUIRE_CHANGESET_USAGE);
    return 0;
  }
  const root = repositoryRoot(io.cwd);
  if (root === undefined) throw new ModelDiffError(`${io.cwd} is not inside a git work tree`);
  const chosenBase = values.base ?? io.env.CHANGESET_BASE;
  const base = chosenBase ?? DEFAULT_BASE;
  if (objectType(root, `${base}^{commit}`) !== "commit") {
    if (chosenBase !== undefined) throw new ModelDiffError(`base "${base}" is not a commit`);
    io.stdout(`require-changeset: ok, HEAD has no parent commit to compare with.\n`);
    return 0;
  }

  const baseLabel = `${base} (${shortCommit(root, base)})`;
  const changes = compareModels(
    mergeModelFiles(readModelAtCommit(base, root).files),
    mergeModelFiles(readModelSource(undefined, root).files),
  );
  const needed = releaseBump(changes);
  if (needed === undefined) {
    io.stdout(`require-changeset: ok, model/ has no API changes since ${baseLabel}.\n`);
    return 0;
  }

  const added = addedChangesets(root, base);
  const given = added.reduce<Bump | undefined>(
    (bump, changeset) => largerBump(bump, changeset.bump),
    undefined,
  );
  const count = `${changes.length} API change${changes.length === 1 ? "" : "s"}`;
  const what = `model/ has ${count} since ${baseLabel} (${describeCounts(countByClass(changes))}), which need a ${needed} release`;
  if (bumpCovers(given, needed)) {
    const files = added.map((changeset) => changeset.file).join(", ");
    io.stdout(`require-changeset: ok, ${what}; ${files} gives ${given}.\n`);
    return 0;
  }
  io.stderr(
    [
      `require-changeset: ${what}, ${describeShortfall(added, given)}.`,
      ...listChanges(changes, base),
      `Write one with \`pnpm model:diff ${base} --changeset\` (or \`pnpm changeset\`) and commit it with the model change.`,
      "",
    ].join("\n"),
  );
  return 1;
}

function describeShortfall(added: readonly AddedChangeset[], given: Bump | undefined): string {
  if (added.length === 0) return "but no changeset was added in .changeset/";
  const bumps = added.map(
    (changeset) => `${changeset.file}: ${changeset.bump ?? "no public package"}`,
  );
  return `but the changesets added since then (${bumps.join(", ")}) give at most ${given ?? "nothing"} to the public packages`;
}

function listChanges(changes: readonly ModelChange[], base: string): string[] {
  const listed = changes
    .slice(0, LISTED_CHANGES)
    .map((change) => `  - ${change.class}: ${change.shape}: ${change.description}`);
  const rest = changes.length - listed.length;
  return rest === 0
    ? listed
    : [...listed, `  ... and ${rest} more (\`pnpm model:diff ${base}\` lists them all)`];
}
