import type { GeneratedFile } from "../../../emit/emitter.ts";
import type { ModelIr, OperationIr } from "../../../ir/types.ts";
import { docsOperationPath } from "../../../naming.ts";
import { cliExample } from "../examples/cli-example.ts";
import {
  EMULATOR_DEFAULT_PORT,
  EMULATOR_ENDPOINT,
  EXAMPLE_CREDENTIALS,
  EXAMPLE_REGION,
} from "../examples/emulator.ts";
import { prerequisites, type Prerequisite } from "../examples/prerequisites.ts";
import { sampleInput } from "../examples/sample-input.ts";
import { structureNamed } from "../../shared/ir-lookup.ts";
import { paginatorExample, typescriptExample } from "../examples/typescript-example.ts";
import { summary } from "../documentation.ts";
import { renderPage } from "../templates.ts";
import {
  anchorIn,
  COMMON_ERRORS_ANCHOR,
  errorsPagePath,
  indexPagePath,
  OPERATION_SECTIONS,
  outputPath,
  type PageFormat,
} from "../site-paths.ts";
import { exampleView, requestSample, responseSample } from "../view/examples.ts";
import { requestSyntax, responseSyntax } from "../view/http-syntax.ts";
import { memberRows } from "../view/member-rows.ts";
import { pageContext } from "../view/page-context.ts";
import { layoutView, SITE_TITLE } from "./layout.ts";
import type { SiteContext } from "./site-context.ts";

const SECTION_TITLES: Record<keyof typeof OPERATION_SECTIONS, string> = {
  requestSyntax: "Request syntax",
  parameters: "URI and header parameters",
  requestBody: "Request body",
  responseSyntax: "Response syntax",
  responseElements: "Response elements",
  errors: "Errors",
  examples: "Examples",
  typescript: "TypeScript",
  cli: "AWS CLI",
  emulator: "Try it on the emulator",
};

/** The calls of an operation page, the same in both formats: built once per operation. */
export interface OperationCalls {
  typescript: string;
  paginator: string | null;
  cli: string;
  prerequisites: Prerequisite[];
}

export function operationCalls(ir: ModelIr, operation: OperationIr): OperationCalls {
  const input = sampleInput(ir, operation);
  return {
    typescript: typescriptExample(ir, operation, input),
    paginator: paginatorExample(ir, operation, input),
    cli: cliExample(operation, input),
    prerequisites: prerequisites(ir, operation),
  };
}

export function operationView(
  site: SiteContext,
  operation: OperationIr,
  calls: OperationCalls,
  format: PageFormat,
) {
  const { ir } = site;
  const page = pageContext(ir, format, docsOperationPath(operation.name, format));
  const input = structureNamed(ir, operation.input);
  const output = structureNamed(ir, operation.output);
  const group = site.groupOf.get(operation.name);
  const inHttpHead = (location: string) => ["label", "query", "header"].includes(location);
  const credentialLines = [
    `export AWS_ACCESS_KEY_ID=${EXAMPLE_CREDENTIALS.accessKeyId}`,
    `export AWS_SECRET_ACCESS_KEY=${EXAMPLE_CREDENTIALS.secretAccessKey}`,
    `export AWS_REGION=${EXAMPLE_REGION}`,
  ];
  const flags = [
    operation.readonly ? "Read-only" : null,
    operation.idempotent ? "Idempotent" : null,
    operation.paginated !== undefined ? "Paginated" : null,
  ].filter((flag): flag is string => flag !== null);
  return {
    ...layoutView(site, page, operation.name, summary(operation.documentation)),
    siteTitle: SITE_TITLE,
    name: operation.name,
    doc: page.doc(operation.documentation),
    group:
      group === undefined
        ? null
        : { title: group.title, href: `${page.root}${indexPagePath(format)}#${group.id}` },
    method: operation.http.method,
    uri: operation.http.uri,
    flags,
    sections: Object.entries(OPERATION_SECTIONS).map(([key, id]) => ({
      id,
      title: SECTION_TITLES[key as keyof typeof OPERATION_SECTIONS],
    })),
    ids: OPERATION_SECTIONS,
    requestSyntax: requestSyntax(page, operation, input),
    parameters: memberRows(
      page,
      input.members.filter((member) => inHttpHead(member.binding.location)),
      "request",
    ),
    body: memberRows(
      page,
      input.members.filter((member) => !inHttpHead(member.binding.location)),
      "request",
    ),
    code: operation.http.code,
    responseSyntax: responseSyntax(page, operation, output),
    responseElements: memberRows(page, output.members, "response"),
    errors: operation.errors.map((name) => {
      const shape = ir.shapes.get(name);
      const error = shape?.kind === "structure" ? shape.error : undefined;
      return {
        name,
        href: `${page.root}${errorsPagePath(format)}#${anchorIn(format, name)}`,
        status: error?.httpStatus ?? null,
        fault: error?.fault ?? null,
        doc: page.doc(shape?.documentation),
      };
    }),
    errorsHref: page.root + errorsPagePath(format),
    commonErrorsHref: ir.service.commonErrors.length
      ? `${page.root}${errorsPagePath(format)}#${anchorIn(format, COMMON_ERRORS_ANCHOR)}`
      : undefined,
    examples: operation.examples.map((example) => exampleView(page, example)),
    requestSamples: operation.requestTests.map((test) => ({
      id: test.id,
      doc: page.doc(test.documentation),
      text: requestSample(test),
    })),
    responseSamples: operation.responseTests.map((test) => ({
      id: test.id,
      doc: page.doc(test.documentation),
      text: responseSample(test),
    })),
    typescript: calls.typescript,
    paginator: calls.paginator,
    cli: calls.cli,
    emulator: {
      port: EMULATOR_DEFAULT_PORT,
      endpoint: EMULATOR_ENDPOINT,
      credentials: credentialLines.join("\n"),
      credentialLines,
      prerequisites: calls.prerequisites.map((prerequisite) => ({
        ...prerequisite,
        href: page.root + docsOperationPath(prerequisite.createdBy, format),
      })),
    },
  };
}

/** The operation's page in both formats. */
export function operationFiles(site: SiteContext, operation: OperationIr): GeneratedFile[] {
  const calls = operationCalls(site.ir, operation);
  return (["html", "md"] as const).map((format) => ({
    path: outputPath(format, docsOperationPath(operation.name, format)),
    contents: renderPage(format, "operation", operationView(site, operation, calls, format)),
  }));
}
