import type { GeneratedFile } from "../../../emit/emitter.ts";
import { docsOperationPath } from "../../../naming.ts";
import { summary } from "../documentation.ts";
import { renderPage } from "../templates.ts";
import {
  anchorIn,
  COMMON_ERRORS_ANCHOR,
  commonErrorAnchor,
  errorsPagePath,
  outputPath,
  type PageFormat,
} from "../site-paths.ts";
import { memberRows } from "../view/member-rows.ts";
import { pageContext } from "../view/page-context.ts";
import { layoutView, SITE_TITLE } from "./layout.ts";
import type { SiteContext } from "./site-context.ts";

export function errorsView(site: SiteContext, format: PageFormat) {
  const page = pageContext(site.ir, format, errorsPagePath(format));
  return {
    ...layoutView(
      site,
      page,
      "Errors",
      "Every error the Amazon Chime API returns, with its HTTP status.",
    ),
    siteTitle: SITE_TITLE,
    errors: site.ir.errors.map((error) => ({
      name: error.name,
      anchor: anchorIn(format, error.name),
      status: error.error?.httpStatus ?? null,
      fault: error.error?.fault === "server" ? "Server" : "Client",
      faultClass: error.error?.fault === "server" ? "server" : "client",
      doc: page.doc(error.documentation),
      summary: summary(error.documentation),
      members: memberRows(page, error.members, "member").map((row) => ({
        ...row,
        anchor: anchorIn(format, `${error.name}-${row.name}`),
      })),
      returnedBy: [...(site.usage.get(error.name)?.errorOf ?? [])]
        .sort()
        .map((name) => ({ text: name, href: page.root + docsOperationPath(name, format) })),
    })),
    commonErrorsAnchor: anchorIn(format, COMMON_ERRORS_ANCHOR),
    commonErrors: site.ir.service.commonErrors.map((error) => ({
      code: error.code,
      anchor: anchorIn(format, commonErrorAnchor(error.code)),
      status: error.httpStatus,
      faultClass: error.httpStatus >= 500 ? "server" : "client",
      doc: page.doc(error.documentation),
    })),
  };
}

export function errorsFiles(site: SiteContext): GeneratedFile[] {
  return (["html", "md"] as const).map((format) => ({
    path: outputPath(format, errorsPagePath(format)),
    contents: renderPage(format, "errors", errorsView(site, format)),
  }));
}
