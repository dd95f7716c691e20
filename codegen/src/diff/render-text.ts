import { CHANGE_CLASSES, type ChangeClass } from "./change.ts";
import { describeCounts, type DiffReport } from "./report.ts";

const HEADINGS: Record<ChangeClass, string> = {
  breaking: "Breaking",
  feature: "Feature",
  docs: "Docs only",
};

/**
 * The report for people: changes grouped by class, one per line with its
 * shape ID, then a summary line with the bump and the packages it applies to.
 */
export function renderText(report: DiffReport): string {
  const lines = [`Model changes from ${report.before} to ${report.after}`];
  for (const changeClass of CHANGE_CLASSES) {
    const changes = report.changes.filter((change) => change.class === changeClass);
    if (changes.length === 0) continue;
    lines.push("", `${HEADINGS[changeClass]} (${changes.length})`);
    lines.push(...changes.map((change) => `  - ${change.shape}: ${change.description}`));
  }
  lines.push("", summaryLine(report));
  return `${lines.join("\n")}\n`;
}

function summaryLine(report: DiffReport): string {
  if (report.bump === undefined) return "Summary: no API changes; no release needed.";
  const total = report.changes.length;
  const note = report.note === undefined ? "" : `; ${report.note}`;
  return (
    `Summary: ${total} change${total === 1 ? "" : "s"} (${describeCounts(report.counts)}): ` +
    `${report.bump} bump for ${report.packages.join(", ")}${note}.`
  );
}
