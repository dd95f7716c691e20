import type { GeneratedFile } from "../../../emit/emitter.ts";
import { docsOperationPath, docsShapePath } from "../../../naming.ts";
import { summary } from "../documentation.ts";
import { EMULATOR_ENDPOINT } from "../examples/emulator.ts";
import { renderPage } from "../templates.ts";
import {
  anchorIn,
  errorsPagePath,
  hasShapePage,
  indexPagePath,
  outputPath,
  type PageFormat,
} from "../site-paths.ts";
import { pageContext } from "../view/page-context.ts";
import { layoutView, SITE_TITLE } from "./layout.ts";
import type { SiteContext } from "./site-context.ts";

export function indexView(site: SiteContext, format: PageFormat) {
  const { ir } = site;
  const page = pageContext(ir, format, indexPagePath(format));
  const shapeEntry = (name: string, documentation: string | undefined) => ({
    name,
    href: page.root + docsShapePath(name, format),
    summary: summary(documentation),
  });
  return {
    ...layoutView(site, page, SITE_TITLE, summary(ir.service.documentation)),
    siteTitle: SITE_TITLE,
    service: {
      title: ir.service.title ?? ir.service.name,
      version: ir.service.version,
      sdkId: ir.service.sdkId,
      signingName: ir.service.signingName,
      endpointPrefix: ir.service.endpointPrefix,
      doc: page.doc(ir.service.documentation),
    },
    operationCount: ir.operations.length,
    groups: site.groups.map((group) => ({
      id: group.id,
      title: group.title,
      operations: group.operations.map((operation) => ({
        name: operation.name,
        href: page.root + docsOperationPath(operation.name, format),
        method: operation.http.method,
        uri: operation.http.uri,
        summary: summary(operation.documentation),
      })),
    })),
    dataTypes: ir.structures
      .filter(hasShapePage)
      .map((shape) => shapeEntry(shape.name, shape.documentation)),
    enums: ir.enums.map((shape) => shapeEntry(shape.name, shape.documentation)),
    errors: ir.errors.map((error) => ({
      name: error.name,
      href: `${page.root}${errorsPagePath(format)}#${anchorIn(format, error.name)}`,
      status: error.error?.httpStatus ?? null,
      summary: summary(error.documentation),
    })),
    emulatorEndpoint: EMULATOR_ENDPOINT,
  };
}

export function indexFiles(site: SiteContext): GeneratedFile[] {
  return (["html", "md"] as const).map((format) => ({
    path: outputPath(format, indexPagePath(format)),
    contents: renderPage(format, "index", indexView(site, format)),
  }));
}
