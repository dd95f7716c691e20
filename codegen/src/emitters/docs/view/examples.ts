/**
 * The model's examples as a reader sees them: `smithy.api#examples` as JSON
 * input and output, protocol tests as the HTTP messages they describe.
 */

import type { ExampleIr, HttpRequestTestIr, HttpResponseTestIr } from "../../../ir/types.ts";
import { shapeName } from "../../../naming.ts";
import type { PageContext } from "./page-context.ts";

function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** A protocol test's body, indented when it is JSON so the sample reads like the reference's. */
function sampleBody(body: string | undefined, mediaType: string | undefined): string | null {
  if (body === undefined || body === "") return null;
  if (mediaType !== undefined && !mediaType.includes("json")) return body;
  try {
    return prettyJson(JSON.parse(body));
  } catch {
    return body;
  }
}

function headerLines(headers: Record<string, string> | undefined): string[] {
  return Object.entries(headers ?? {}).map(([name, value]) => `${name}: ${value}`);
}

export function requestSample(test: HttpRequestTestIr): string {
  const query =
    test.queryParams !== undefined && test.queryParams.length > 0
      ? `?${test.queryParams.join("&")}`
      : "";
  const body = sampleBody(test.body, test.bodyMediaType);
  const head = [`${test.method} ${test.uri}${query} HTTP/1.1`, ...headerLines(test.headers)];
  return body === null ? head.join("\n") : `${head.join("\n")}\n\n${body}`;
}

export function responseSample(test: HttpResponseTestIr): string {
  const body = sampleBody(test.body, test.bodyMediaType);
  const head = [`HTTP/1.1 ${test.code}`, ...headerLines(test.headers)];
  return body === null ? head.join("\n") : `${head.join("\n")}\n\n${body}`;
}

export function exampleView(page: PageContext, example: ExampleIr) {
  return {
    title: example.title,
    doc: page.doc(example.documentation),
    input: example.input === undefined ? null : prettyJson(example.input),
    output: example.output === undefined ? null : prettyJson(example.output),
    error:
      example.error === undefined
        ? null
        : { name: shapeName(example.error.shapeId), body: prettyJson(example.error.content) },
  };
}
