import type { ModelIr, ShapeIr } from "../../ir/types.ts";
import { docsOperationPath, docsShapePath } from "../../naming.ts";

/** The Markdown edition sits in its own folder with the same layout as the HTML pages. */
export const MARKDOWN_DIR = "markdown";

export type PageFormat = "html" | "md";

/** Anchors of the sections every operation page has, shared by the templates and the links. */
export const OPERATION_SECTIONS = {
  requestSyntax: "request-syntax",
  parameters: "request-parameters",
  requestBody: "request-body",
  responseSyntax: "response-syntax",
  responseElements: "response-elements",
  errors: "errors",
  examples: "examples",
  typescript: "typescript",
  cli: "aws-cli",
  emulator: "emulator",
} as const;

/** `request-AccountId`: the anchor of an input (`request`) or output (`response`) member row. */
export function memberAnchor(side: "request" | "response" | "member", member: string): string {
  return `${side}-${member}`;
}

/** `value-Basic`: the anchor of an enum value row. */
export function enumValueAnchor(value: string): string {
  return `value-${value}`;
}

/** `../` for `operations/GetUser.html`, `` for `index.html`: how a page reaches the site root. */
export function rootPrefix(pagePath: string): string {
  return "../".repeat(pagePath.split("/").length - 1);
}

export function errorsPagePath(format: PageFormat): string {
  return `errors.${format}`;
}

export function indexPagePath(format: PageFormat): string {
  return format === "html" ? "index.html" : "README.md";
}

/** Shapes that get a page of their own: data types and enums (errors share `errors.html`). */
export function hasShapePage(shape: ShapeIr): boolean {
  if (shape.kind === "enum") return true;
  return (
    shape.kind === "structure" &&
    shape.inputOf === undefined &&
    shape.outputOf === undefined &&
    shape.error === undefined
  );
}

/**
 * Where a reference to a named shape points, relative to the site root, or
 * undefined for shapes that have no page (lists, maps and simple shapes are
 * described inline).
 */
export function shapeHref(ir: ModelIr, name: string, format: PageFormat): string | undefined {
  const shape = ir.shapes.get(name);
  if (shape === undefined) return undefined;
  if (hasShapePage(shape)) return docsShapePath(name, format);
  if (shape.kind !== "structure") return undefined;
  if (shape.error !== undefined) return `${errorsPagePath(format)}#${anchorIn(format, name)}`;
  if (shape.inputOf !== undefined) {
    return `${docsOperationPath(shape.inputOf, format)}#${OPERATION_SECTIONS.requestBody}`;
  }
  if (shape.outputOf !== undefined) {
    return `${docsOperationPath(shape.outputOf, format)}#${OPERATION_SECTIONS.responseElements}`;
  }
  return undefined;
}

/**
 * HTML pages carry explicit ids; Markdown viewers derive anchors from headings
 * in lower case, so a heading `BadRequestException` is reached as `#badrequestexception`.
 */
/** The errors page's section of the errors common to all actions. */
export const COMMON_ERRORS_ANCHOR = "common-errors";

/** A common error's row on the errors page; apart from the modeled error of the same name. */
export function commonErrorAnchor(code: string): string {
  return `common-${code}`;
}

export function anchorIn(format: PageFormat, anchor: string): string {
  return format === "html" ? anchor : anchor.toLowerCase();
}

/** Where a page goes in `dist/`, from its path relative to the root of its edition. */
export function outputPath(format: PageFormat, path: string): string {
  return format === "html" ? path : `${MARKDOWN_DIR}/${path}`;
}
