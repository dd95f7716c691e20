import type { ModelIr } from "../../../ir/types.ts";
import { shapeHref, type PageFormat } from "../site-paths.ts";

/** What a view needs to write a link: the model, the page format and the way back to the site root. */
export interface LinkContext {
  ir: ModelIr;
  format: PageFormat;
  /** `../` on pages one folder deep, empty on the root pages. */
  root: string;
}

/** A run of inline text, linked when `href` is set; lets HTML and Markdown templates share views. */
export interface InlinePart {
  text: string;
  href: string | null;
  /** A line may wrap before this part (HTML only, where a code line is too long for the screen). */
  breakBefore?: boolean;
  /** The text must not wrap inside (HTML only). */
  nowrap?: boolean;
}

export function text(value: string): InlinePart {
  return { text: value, href: null };
}

/** A link to the named shape's page, or plain text when the shape has none. */
export function shapeLink(links: LinkContext, name: string): InlinePart {
  const target = shapeHref(links.ir, name, links.format);
  return { text: name, href: target === undefined ? null : links.root + target };
}
