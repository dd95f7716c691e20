import type { CorrectionLog } from "../corrections/log.ts";
import type { CodeBlock } from "../reference/code-blocks.ts";
import type { SourceLine } from "../reference/source.ts";

/**
 * Checks the JSON illustration of a Request/Response Syntax block. The importer never reads members
 * from it (the lists are the specification), but a fused or truncated illustration is damage, so it
 * is logged. Placeholders (`boolean`, `number`) are replaced before parsing.
 */
export function checkSyntaxJson(
  block: CodeBlock | undefined,
  jsonStart: number,
  subject: string,
  log: CorrectionLog,
): void {
  if (!block) return;
  const jsonLines: SourceLine[] = block.lines
    .slice(jsonStart)
    .filter((line) => line.text.trim() !== "");
  if (jsonLines.length === 0) return;
  const text = jsonLines
    .map((line) => line.text.trim())
    .map(placeholders)
    .join("\n");
  try {
    JSON.parse(text);
  } catch {
    const damaged =
      jsonLines.find((line) => !CLEAN_LINE.test(placeholders(line.text.trim()))) ??
      jsonLines.at(-1)!;
    log.record("syntaxBlockDamaged", {
      subject,
      line: damaged.line,
      said: shorten(damaged.text.trim()),
      holds: "members from the parameter/element lists",
    });
  }
}

/** A line of a well-formed illustration: brackets, `"Key": "string"`, `"Key": 0`, `"Key": {` ... */
const CLEAN_LINE =
  /^(?:[{}[\],]+|"[A-Za-z0-9]+": (?:"string"|0|\{|\[|\[ "string" \])?,?|"string",?)$/;

function placeholders(text: string): string {
  return text.replace(/\b(boolean|number)\b/g, "0");
}

export function shorten(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 3)}...`;
}
