import type { CorrectionLog } from "../corrections/log.ts";
import { isBlank, type SourceLine } from "./source.ts";

/** The text between a pair of ``` fences; blocks cut by a page break are joined. */
export interface CodeBlock {
  /** Line of the opening fence. */
  line: number;
  lines: SourceLine[];
}

export type BlockItem = { kind: "prose"; line: SourceLine } | { kind: "block"; block: CodeBlock };

export interface BlockSplit {
  blocks: CodeBlock[];
  /** The non-blank lines outside any block, in order. */
  prose: SourceLine[];
  /** Prose lines and blocks interleaved as printed. */
  items: BlockItem[];
}

const FENCE = /^```/;

/**
 * Separates fenced code from prose. Two blocks with only blank lines between them are one block that
 * a page break cut in two; they are joined and the repair is logged against `subject`.
 */
export function splitCodeBlocks(
  lines: readonly SourceLine[],
  subject: string,
  log: CorrectionLog,
): BlockSplit {
  const blocks: CodeBlock[] = [];
  const prose: SourceLine[] = [];
  const items: BlockItem[] = [];
  let open: CodeBlock | undefined;
  let blanksSinceClose = true;
  let lastClosed: CodeBlock | undefined;
  let closedAt = 0;
  for (const line of lines) {
    if (FENCE.test(line.text.trim())) {
      if (open) {
        lastClosed = open;
        closedAt = line.line;
        open = undefined;
        blanksSinceClose = true;
      } else if (lastClosed && blanksSinceClose) {
        log.record("codeBlockPageSplit", {
          subject,
          line: line.line,
          said: `block closed at line ${closedAt}, reopened at line ${line.line}`,
          holds: "one code block",
        });
        open = lastClosed;
        lastClosed = undefined;
      } else {
        open = { line: line.line, lines: [] };
        blocks.push(open);
        items.push({ kind: "block", block: open });
      }
      continue;
    }
    if (open) {
      open.lines.push(line);
    } else {
      if (!isBlank(line)) {
        blanksSinceClose = false;
        lastClosed = undefined;
        prose.push(line);
        items.push({ kind: "prose", line });
      }
    }
  }
  return { blocks, prose, items };
}
