import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ModelChange } from "./change.ts";
import { describeCounts, type DiffReport } from "./report.ts";

/** Where changesets keeps pending release notes, relative to the repository root. */
export const CHANGESET_DIR = ".changeset";

/**
 * `model-<hash>.md`, named after the change list, so writing the changeset for
 * the same changes twice leaves one file.
 */
export function changesetFileName(changes: readonly ModelChange[]): string {
  const hash = createHash("sha256").update(JSON.stringify(changes)).digest("hex");
  return `model-${hash.slice(0, 8)}.md`;
}

/** A changeset: the bump for each affected package, then a summary naming each change. */
export function renderChangeset(report: DiffReport): string {
  if (report.bump === undefined) throw new Error("a changeset needs at least one change");
  const frontmatter = report.packages.map((name) => `"${name}": ${report.bump}`);
  const items = report.changes.map(
    (change) => `- ${change.class}: \`${change.shape}\`: ${change.description}`,
  );
  return [
    "---",
    ...frontmatter,
    "---",
    "",
    `API model changes (${describeCounts(report.counts)}):`,
    "",
    ...items,
    "",
  ].join("\n");
}

/** Writes the report's changeset under `root/.changeset/` and returns its path. */
export function writeChangeset(root: string, report: DiffReport): string {
  const directory = join(root, CHANGESET_DIR);
  mkdirSync(directory, { recursive: true });
  const path = join(directory, changesetFileName(report.changes));
  writeFileSync(path, renderChangeset(report));
  return path;
}
