import Handlebars from "handlebars";
import { docsOperationPath, generatedHeader } from "../../../naming.ts";
import { errorsPagePath, indexPagePath } from "../site-paths.ts";
import type { PageContext } from "../view/page-context.ts";
import type { SiteContext } from "./site-context.ts";

export interface NavView {
  indexHref: string;
  errorsHref: string;
  dataTypesHref: string;
  /** Every group links to its section of the index; only the current page's group lists its operations. */
  groups: {
    title: string;
    href: string;
    operations: { name: string; href: string; current: boolean }[];
  }[];
}

/** The frame every HTML page shares: head, top bar with search, side navigation. */
export interface LayoutView {
  header: Handlebars.SafeString | string;
  title: string;
  description: string;
  root: string;
  nav: NavView;
}

export const SITE_TITLE = "Amazon Chime API reference";

export function layoutView(
  site: SiteContext,
  page: PageContext,
  title: string,
  description: string,
): LayoutView {
  const current = page.path;
  const header = generatedHeader(page.format === "html" ? "html" : "md");
  return {
    header: page.format === "html" ? new Handlebars.SafeString(header) : header,
    title,
    description,
    root: page.root,
    nav: {
      indexHref: page.root + indexPagePath(page.format),
      errorsHref: page.root + errorsPagePath(page.format),
      dataTypesHref: `${page.root}${indexPagePath(page.format)}#data-types`,
      groups: site.groups.map((group) => {
        const operations = group.operations.map((operation) => {
          const path = docsOperationPath(operation.name, page.format);
          return { name: operation.name, href: page.root + path, current: path === current };
        });
        return {
          title: group.title,
          href: `${page.root}${indexPagePath(page.format)}#${group.id}`,
          operations: operations.some((operation) => operation.current) ? operations : [],
        };
      }),
    },
  };
}
