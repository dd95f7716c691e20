import type { GeneratedFile } from "../../../emit/emitter.ts";
import type { EnumIr, StructureIr } from "../../../ir/types.ts";
import { docsOperationPath, docsShapePath } from "../../../naming.ts";
import { summary } from "../documentation.ts";
import {
  anchorIn,
  enumValueAnchor,
  hasShapePage,
  indexPagePath,
  outputPath,
  type PageFormat,
} from "../site-paths.ts";
import { jsonSkeleton } from "../view/json-skeleton.ts";
import { shapeLink } from "../view/links.ts";
import { memberRows } from "../view/member-rows.ts";
import { pageContext, type PageContext } from "../view/page-context.ts";
import { renderPage } from "../templates.ts";
import { layoutView, SITE_TITLE } from "./layout.ts";
import type { SiteContext } from "./site-context.ts";

function operationLinks(page: PageContext, names: Set<string> | undefined) {
  return [...(names ?? [])]
    .sort()
    .map((name) => ({ text: name, href: page.root + docsOperationPath(name, page.format) }));
}

export function shapeView(site: SiteContext, shape: StructureIr | EnumIr, format: PageFormat) {
  const page = pageContext(site.ir, format, docsShapePath(shape.name, format));
  const usage = site.usage.get(shape.name);
  const structure = shape.kind === "structure" ? shape : null;
  const enumShape = shape.kind === "enum" ? shape : null;
  return {
    ...layoutView(site, page, shape.name, summary(shape.documentation)),
    siteTitle: SITE_TITLE,
    name: shape.name,
    kind: structure !== null ? "Data type" : "Enum",
    listHref: `${page.root}${indexPagePath(format)}#${structure !== null ? "data-types" : "enums"}`,
    listTitle: structure !== null ? "Data types" : "Enums",
    valuesDocumented: enumShape?.values.some((value) => value.documentation !== undefined) ?? false,
    doc: page.doc(shape.documentation),
    members: structure === null ? null : memberRows(page, structure.members, "member"),
    syntax: structure === null ? null : jsonSkeleton(site.ir, structure.members),
    values:
      enumShape === null
        ? null
        : enumShape.values.map((value) => ({
            anchor: anchorIn(format, enumValueAnchor(value.value)),
            value: value.value,
            name: value.name,
            doc: page.doc(value.documentation),
          })),
    requestOf: operationLinks(page, usage?.requestOf),
    responseOf: operationLinks(page, usage?.responseOf),
    containedIn: [...(usage?.containedIn ?? [])]
      .filter((name) => name !== shape.name)
      .sort()
      .map((name) => shapeLink(page, name)),
  };
}

/** A page in both formats for every data type and enum. */
export function shapeFiles(site: SiteContext): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const name of site.ir.shapeNames) {
    const shape = site.ir.shapes.get(name);
    if (
      shape === undefined ||
      !hasShapePage(shape) ||
      (shape.kind !== "structure" && shape.kind !== "enum")
    )
      continue;
    for (const format of ["html", "md"] as const) {
      files.push({
        path: outputPath(format, docsShapePath(name, format)),
        contents: renderPage(format, "shape", shapeView(site, shape, format)),
      });
    }
  }
  return files;
}
