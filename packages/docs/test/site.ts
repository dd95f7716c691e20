import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { DIST_DIR } from "../src/site/paths.ts";

/** A page of the assembled site, parsed. `path` is relative to the site root. */
export function readPage(path: string): HTMLElement {
  // Code blocks hold links (the request syntax), so <pre> is parsed as HTML, not as raw text.
  return parse(readFileSync(join(DIST_DIR, path), "utf8"), {
    blockTextElements: { script: true, style: true, noscript: true },
  });
}

/** Text as a reader sees it: entities decoded, runs of white space collapsed. */
export function visibleText(element: HTMLElement | null | undefined): string {
  return (element?.text ?? "").replace(/\s+/g, " ").trim();
}
