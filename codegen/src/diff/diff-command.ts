import { relative } from "node:path";
import { parseArgs } from "node:util";
import { writeChangeset } from "./changeset.ts";
import { compareModels } from "./compare-models.ts";
import { ModelDiffError, UsageError } from "./diff-error.ts";
import { repositoryRoot } from "./git.ts";
import type { CommandIo } from "./io.ts";
import { mergeModelFiles } from "./merge-model.ts";
import { readModelSource } from "./model-source.ts";
import { currentVersion } from "./release.ts";
import { buildReport } from "./report.ts";
import { renderText } from "./render-text.ts";

export const DIFF_USAGE = `Usage: model:diff <old> [<new>] [--json] [--changeset]

  <old>  a git revision (reads model/*.json at that commit; rev:path names a
         folder or file in it) or a model file or folder
  <new>  the same; defaults to the working tree's model/

  --json        print the report as JSON
  --changeset   write .changeset/model-<hash>.md with the bump and a summary
`;

/** `model:diff`: lists and classifies every API change between two models. */
export async function runDiff(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      changeset: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(DIFF_USAGE);
    return 0;
  }
  if (positionals.length < 1 || positionals.length > 2) {
    throw new UsageError(
      `expected <old> and an optional <new>, got ${positionals.length} arguments`,
    );
  }
  const [oldSpec, newSpec] = positionals;
  const before = readModelSource(oldSpec, io.cwd);
  const after = readModelSource(newSpec, io.cwd);
  const changes = compareModels(mergeModelFiles(before.files), mergeModelFiles(after.files));
  const root = repositoryRoot(io.cwd);
  const report = buildReport(before.label, after.label, changes, currentVersion(root));

  let changesetPath: string | undefined;
  if (values.changeset && changes.length > 0) {
    if (root === undefined) {
      throw new ModelDiffError(
        `--changeset needs a git work tree with a .changeset/ folder; ${io.cwd} is not in one`,
      );
    }
    changesetPath = relative(io.cwd, writeChangeset(root, report));
  }

  if (values.json) {
    io.stdout(`${JSON.stringify({ ...report, changeset: changesetPath }, null, 2)}\n`);
  } else {
    io.stdout(renderText(report));
    if (changesetPath !== undefined) io.stdout(`Wrote ${changesetPath}\n`);
    else if (values.changeset) io.stdout("No API changes, so no changeset was written.\n");
  }
  return 0;
}
