import { isDeepStrictEqual } from "node:util";
import type { CorrectionLog } from "../corrections/log.ts";
import { shorten } from "../parse/syntax-block.ts";
import type {
  ParsedExample,
  ParsedOperation,
  ParsedSampleRequest,
  ParsedSampleResponse,
} from "../parse/types.ts";
import { inputName, outputName } from "./operations.ts";
import { shapeId } from "./shape-ids.ts";
import { keepModeled, validateNode, type ShapeLookup } from "./validate-node.ts";

export const PROTOCOL = "aws.protocols#restJson1";

type Result<T> = { ok: true; value: T } | { ok: false; reason: string };

function parseJson(text: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, reason: "the JSON body is cut off or garbled" };
  }
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

interface RequestCase {
  params: Record<string, unknown>;
  test: Record<string, unknown>;
}

/** Binds a sample request's path, query and body to the input members, checking it against the model. */
function requestCase(
  operation: ParsedOperation,
  sample: ParsedSampleRequest,
  id: string,
  documentation: string,
  lookup: ShapeLookup,
): Result<RequestCase> {
  if (sample.method !== operation.http.method)
    return { ok: false, reason: `method ${sample.method}, expected ${operation.http.method}` };
  const params: Record<string, unknown> = {};
  const template = operation.http.uri.split("?")[0].split("/");
  const segments = sample.path.split("/");
  if (template.length !== segments.length)
    return { ok: false, reason: `path ${sample.path} does not fit ${operation.http.uri}` };
  for (const [index, part] of template.entries()) {
    const label = /^\{(\w+)\}$/.exec(part);
    if (label) params[label[1]] = decode(segments[index]);
    else if (part !== segments[index])
      return { ok: false, reason: `path ${sample.path} does not fit ${operation.http.uri}` };
  }
  const queryMembers = new Map(
    [...operation.http.queryParams].map(([member, key]) => [key, member]),
  );
  const literals = new Map(operation.http.queryLiterals);
  for (const [key, value] of sample.query) {
    if (literals.get(key) === value) continue;
    const member = queryMembers.get(key);
    if (!member) return { ok: false, reason: `query key ${key} is not an input member` };
    const parameter = operation.uriParameters.find((entry) => entry.name === member);
    params[member] = parameter?.type?.kind === "integer" ? Number(value) : decode(value);
  }
  for (const [key, value] of literals) {
    if (!sample.query.some(([k, v]) => k === key && v === value))
      return { ok: false, reason: `query lacks ${key}=${value}` };
  }
  let body: string | undefined;
  if (sample.body !== undefined) {
    const parsed = parseJson(sample.body);
    if (!parsed.ok) return parsed;
    Object.assign(params, parsed.value);
    body = JSON.stringify(parsed.value);
  } else if (Number(sample.headers["Content-Length"] ?? 0) > 0) {
    return {
      ok: false,
      reason: `the body is missing (Content-Length ${sample.headers["Content-Length"]})`,
    };
  } else if (operation.requestBody.some((member) => member.required)) {
    return { ok: false, reason: "the body is missing" };
  }
  const errors = validateNode(
    params,
    { target: shapeId(inputName(operation.name)) },
    lookup,
    "input",
  );
  if (errors.length > 0) return { ok: false, reason: errors.join("; ") };
  const test: Record<string, unknown> = {
    id,
    documentation,
    protocol: PROTOCOL,
    method: sample.method,
    uri: sample.path,
  };
  if (sample.query.length > 0)
    test.queryParams = sample.query.map(([key, value]) => `${key}=${value}`);
  if (body !== undefined) {
    test.headers = { "Content-Type": "application/json" };
    test.body = body;
    test.bodyMediaType = "application/json";
  }
  test.params = params;
  return { ok: true, value: { params, test } };
}

interface ResponseCase {
  params: Record<string, unknown>;
  test: Record<string, unknown>;
  /** The body holds members or nulls that params cannot express. */
  clientOnly: boolean;
}

function responseCase(
  operation: ParsedOperation,
  sample: ParsedSampleResponse,
  id: string,
  documentation: string,
  lookup: ShapeLookup,
): Result<ResponseCase> {
  if (sample.code !== operation.code)
    return { ok: false, reason: `status ${sample.code}, expected ${operation.code}` };
  const output = { target: shapeId(outputName(operation.name)) };
  let params: Record<string, unknown> = {};
  let body: unknown;
  if (sample.body !== undefined) {
    const parsed = parseJson(sample.body);
    if (!parsed.ok) return parsed;
    body = parsed.value;
    params = keepModeled(body, output, lookup) as Record<string, unknown>;
  } else if (operation.responseElements.length > 0 && operation.code !== 204) {
    return { ok: false, reason: "the body is missing" };
  }
  const errors = validateNode(params, output, lookup, "output");
  if (errors.length > 0) return { ok: false, reason: errors.join("; ") };
  const clientOnly = body !== undefined && !isDeepStrictEqual(params, body);
  const test: Record<string, unknown> = {
    id,
    documentation,
    protocol: PROTOCOL,
    code: sample.code,
  };
  if (body !== undefined) {
    test.headers = { "Content-Type": sample.headers["Content-Type"] ?? "application/json" };
    test.body = JSON.stringify(body);
    test.bodyMediaType = "application/json";
  }
  test.params = params;
  if (clientOnly) test.appliesTo = "client";
  return { ok: true, value: { params, test, clientOnly } };
}

/** The end of a message, where truncation and garbling show. */
function excerpt(text: string): string {
  return text.length <= 60 ? text : `...${text.slice(-57)}`;
}

export interface ExampleTraits {
  "smithy.api#examples"?: unknown[];
  "smithy.test#httpRequestTests"?: unknown[];
  "smithy.test#httpResponseTests"?: unknown[];
}

/**
 * Turns an operation's samples into `smithy.api#examples` and restJson1 protocol tests. A sample the
 * model rejects (cut-off JSON, wrong shape, missing body) is left out and logged as broken.
 */
export function buildExamples(
  operation: ParsedOperation,
  lookup: ShapeLookup,
  log: CorrectionLog,
): ExampleTraits {
  const examples: unknown[] = [];
  const requestTests: unknown[] = [];
  const responseTests: unknown[] = [];
  operation.examples.forEach((example: ParsedExample, index) => {
    const n = index + 1;
    const subject =
      operation.examples.length > 1
        ? `${operation.name} example ${n}`
        : `${operation.name} example`;
    const documentation = example.documentation || example.title;
    const entry: Record<string, unknown> = { title: example.title, documentation };
    if (example.request) {
      const result = requestCase(
        operation,
        example.request,
        `${operation.name}Sample${n}Request`,
        documentation,
        lookup,
      );
      if (result.ok) {
        entry.input = result.value.params;
        requestTests.push(result.value.test);
      } else {
        log.record("sampleBroken", {
          subject: `${subject} request`,
          line: example.request.line,
          said: excerpt(
            example.request.body ?? `${example.request.method} ${example.request.path}`,
          ),
          holds: `left out: ${shorten(result.reason, 100)}`,
        });
      }
    }
    if (example.response) {
      const result = responseCase(
        operation,
        example.response,
        `${operation.name}Sample${n}Response`,
        documentation,
        lookup,
      );
      if (result.ok) {
        entry.output = result.value.params;
        responseTests.push(result.value.test);
        if (result.value.clientOnly) {
          log.record("sampleUnmodeledMembers", {
            subject: `${subject} response`,
            line: example.response.line,
            said: shorten(example.response.body ?? "", 60),
            holds: "params without them; appliesTo client",
          });
        }
      } else {
        log.record("sampleBroken", {
          subject: `${subject} response`,
          line: example.response.line,
          said: excerpt(example.response.body ?? `HTTP/1.1 ${example.response.code}`),
          holds: `left out: ${shorten(result.reason, 100)}`,
        });
      }
    }
    if ("input" in entry || "output" in entry) examples.push(entry);
  });
  const traits: ExampleTraits = {};
  if (examples.length > 0) traits["smithy.api#examples"] = examples;
  if (requestTests.length > 0) traits["smithy.test#httpRequestTests"] = requestTests;
  if (responseTests.length > 0) traits["smithy.test#httpResponseTests"] = responseTests;
  return traits;
}
