import type { Correction } from "./log.ts";
import { RULES } from "./rules.ts";

const HEADER = "| id | where | what the text said | what the model holds | why |";

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function code(text: string): string {
  return "`` " + text + " ``";
}

/**
 * Renders `model/CORRECTIONS.md`: a summary of the rules, then one table row per repair, grouped by
 * rule. The table is the contract the reference-coverage test reads back (`parseCorrections`).
 */
export function renderCorrections(corrections: readonly Correction[]): string {
  const lines: string[] = [
    "# Corrections to the API reference",
    "",
    "The model is imported from `chime-api-reference-2018-05-01.txt`, a PDF converted to text. The",
    "conversion damaged parts of it. Every repair the importer (`codegen/src/import/`) makes is listed",
    "below, one row per instance: the id, where it is (operation or data type, member, reference line),",
    "what the text said, what the model holds, and why. The reference-coverage test",
    "(`codegen/test/reference-coverage.test.ts`) re-parses the reference and fails when a repair is",
    "missing from this table or the model contradicts the reference anywhere else.",
    "",
    "## Rules",
    "",
    "| rule | repair | why | instances |",
    "| --- | --- | --- | --- |",
  ];
  for (const rule of Object.values(RULES)) {
    const count = corrections.filter((correction) => correction.rule.id === rule.id).length;
    lines.push(`| ${rule.id} | ${cell(rule.title)} | ${cell(rule.why)} | ${count} |`);
  }
  lines.push("", "## Instances", "", HEADER, "| --- | --- | --- | --- | --- |");
  for (const correction of corrections) {
    const row = correctionRow(correction);
    lines.push(
      `| ${row.id} | ${cell(row.where)} | ${cell(code(row.said))} | ${cell(code(row.holds))} | ${cell(row.why)} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** One row of the Instances table, as written in CORRECTIONS.md. */
export interface CorrectionRow {
  id: string;
  where: string;
  said: string;
  holds: string;
  why: string;
}

function splitRow(line: string): string[] {
  const cells: string[] = [];
  let current = "";
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === "\\" && line[i + 1] === "|") {
      current += line[++i];
    } else if (char === "|") {
      cells.push(current.trim());
      current = "";
    } else {
      current += char;
    }
  }
  cells.push(current.trim());
  return cells.slice(1, -1);
}

function uncode(text: string): string {
  const match = /^`` (.*) ``$/s.exec(text);
  return match ? match[1] : text;
}

/** Reads the Instances table of CORRECTIONS.md back; the inverse of `renderCorrections` for each row. */
export function parseCorrections(markdown: string): CorrectionRow[] {
  const lines = markdown.split("\n");
  const start = lines.indexOf(HEADER);
  if (start === -1) throw new Error(`CORRECTIONS.md has no table headed "${HEADER}"`);
  const rows: CorrectionRow[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    const [id, where, said, holds, why] = splitRow(line);
    rows.push({ id, where, said: uncode(said), holds: uncode(holds), why });
  }
  return rows;
}

/** The row `renderCorrections` writes for a correction, for comparison with a parsed row. */
export function correctionRow(correction: Correction): CorrectionRow {
  return {
    id: correction.id,
    where: `${correction.subject} (line ${correction.line})`,
    said: correction.said,
    holds: correction.holds,
    why: correction.rule.why,
  };
}
