import type Handlebars from "handlebars";
import type { ModelIr } from "../../../ir/types.ts";
import { docsOperationPath } from "../../../naming.ts";
import { documentationHtml, documentationMarkdown, type NameResolver } from "../documentation.ts";
import { rootPrefix, shapeHref, type PageFormat } from "../site-paths.ts";
import type { LinkContext } from "./links.ts";

/** Rendered documentation: safe HTML on HTML pages, Markdown text on Markdown pages. */
export type DocContent = Handlebars.SafeString | string;

/** Everything a view of one page needs: links from that page and its documentation renderer. */
export interface PageContext extends LinkContext {
  /** Where the page is, relative to the site root (`operations/GetUser.html`). */
  path: string;
  doc(text: string | undefined): DocContent | null;
}

export function pageContext(ir: ModelIr, format: PageFormat, path: string): PageContext {
  const operations = new Set(ir.operations.map((operation) => operation.name));
  const resolve: NameResolver = (name, target) =>
    operations.has(name) ? docsOperationPath(name, target) : shapeHref(ir, name, target);
  const root = rootPrefix(path);
  return {
    ir,
    format,
    root,
    path,
    doc: (text) =>
      format === "html"
        ? documentationHtml(text, resolve, root)
        : documentationMarkdown(text, resolve, root),
  };
}
