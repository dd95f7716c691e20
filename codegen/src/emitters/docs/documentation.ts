import Handlebars from "handlebars";
import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";
import type { PageFormat } from "./site-paths.ts";

/**
 * Resolves the name a documentation link points at (an operation or shape) to
 * a path relative to the site root, or undefined when nothing of that name
 * has a page.
 */
export type NameResolver = (name: string, format: PageFormat) => string | undefined;

// Raw HTML in the model's documentation is shown as text, never injected into pages.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** The reference's links to other pages lost their targets (`[BatchSuspendUser](#)`). */
function isDeadLink(href: string): boolean {
  return href === "" || href === "#";
}

function linkText(tokens: Token[], openIndex: number): string {
  let text = "";
  for (let i = openIndex + 1; i < tokens.length && tokens[i].type !== "link_close"; i++) {
    text += tokens[i].content;
  }
  return text.trim();
}

/**
 * Points dead links whose text names an operation or shape at its page and
 * unwraps the other dead links, so no link on a page leads nowhere.
 */
function relinkInline(tokens: Token[], resolve: NameResolver, root: string): Token[] {
  const kept: Token[] = [];
  let dropClose = 0;
  tokens.forEach((token, index) => {
    if (token.type === "link_open") {
      const href = String(token.attrGet("href") ?? "");
      if (isDeadLink(href)) {
        const target = resolve(linkText(tokens, index), "html");
        if (target === undefined) {
          dropClose++;
          return;
        }
        token.attrSet("href", root + target);
      }
    }
    if (token.type === "link_close" && dropClose > 0) {
      dropClose--;
      return;
    }
    kept.push(token);
  });
  return kept;
}

/** The model's CommonMark documentation as safe HTML for a page at `root`. */
export function documentationHtml(
  text: string | undefined,
  resolve: NameResolver,
  root: string,
): Handlebars.SafeString | null {
  if (text === undefined || text.trim() === "") return null;
  const tokens = markdown.parse(text, {});
  for (const token of tokens) {
    if (token.type === "inline" && token.children !== null) {
      token.children = relinkInline(token.children, resolve, root);
    }
  }
  return new Handlebars.SafeString(markdown.renderer.render(tokens, markdown.options, {}));
}

/** The same documentation as Markdown for a page at `root`, with the same link repairs. */
export function documentationMarkdown(
  text: string | undefined,
  resolve: NameResolver,
  root: string,
): string | null {
  if (text === undefined || text.trim() === "") return null;
  return text.replace(/\[([^\]\n]+)\]\(#?\)/g, (_link, label: string) => {
    const target = resolve(label.trim(), "md");
    return target === undefined ? label : `[${label}](${root}${target})`;
  });
}

/** All the words of the documentation as plain text, for search and summaries. */
export function plainText(text: string | undefined): string {
  if (text === undefined) return "";
  const words: string[] = [];
  for (const token of markdown.parse(text, {})) {
    if (token.type !== "inline" || token.children === null) continue;
    const line = token.children
      .map((child) =>
        child.type === "softbreak" || child.type === "hardbreak" ? " " : child.content,
      )
      .join("");
    words.push(line);
  }
  return words.join(" ").replace(/\s+/g, " ").trim();
}

/** The first sentence of the documentation, as plain text: the one-line summary of lists. */
export function summary(text: string | undefined): string {
  const plain = plainText(text);
  const end = plain.search(/[.!?](\s|$)/);
  return end === -1 ? plain : plain.slice(0, end + 1);
}
