import type { Traits } from "../model/smithy-ast.ts";
import type { Constraints } from "./types.ts";

/** Smithy trait IDs the IR builder reads. */
export const T = {
  documentation: "smithy.api#documentation",
  required: "smithy.api#required",
  length: "smithy.api#length",
  range: "smithy.api#range",
  pattern: "smithy.api#pattern",
  sensitive: "smithy.api#sensitive",
  enumValue: "smithy.api#enumValue",
  timestampFormat: "smithy.api#timestampFormat",
  jsonName: "smithy.api#jsonName",
  httpLabel: "smithy.api#httpLabel",
  httpQuery: "smithy.api#httpQuery",
  httpHeader: "smithy.api#httpHeader",
  httpPayload: "smithy.api#httpPayload",
  httpResponseCode: "smithy.api#httpResponseCode",
  idempotencyToken: "smithy.api#idempotencyToken",
  http: "smithy.api#http",
  readonly: "smithy.api#readonly",
  idempotent: "smithy.api#idempotent",
  paginated: "smithy.api#paginated",
  examples: "smithy.api#examples",
  input: "smithy.api#input",
  output: "smithy.api#output",
  error: "smithy.api#error",
  httpError: "smithy.api#httpError",
  title: "smithy.api#title",
  awsService: "aws.api#service",
  sigv4: "aws.auth#sigv4",
  restJson1: "aws.protocols#restJson1",
  httpRequestTests: "smithy.test#httpRequestTests",
  httpResponseTests: "smithy.test#httpResponseTests",
} as const;

export function trait<V>(traits: Traits | undefined, id: string): V | undefined {
  return traits?.[id] as V | undefined;
}

export function hasTrait(traits: Traits | undefined, id: string): boolean {
  return traits !== undefined && id in traits;
}

/** The constraint traits of one trait set. */
export function constraintsOf(traits: Traits | undefined): Constraints {
  const constraints: Constraints = {};
  const length = trait<{ min?: number; max?: number }>(traits, T.length);
  const range = trait<{ min?: number; max?: number }>(traits, T.range);
  const pattern = trait<string>(traits, T.pattern);
  if (length) constraints.length = { ...length };
  if (range) constraints.range = { ...range };
  if (pattern !== undefined) constraints.pattern = pattern;
  return constraints;
}

/** Member traits override the traits of the member's target, constraint by constraint. */
export function mergeConstraints(target: Constraints, member: Constraints): Constraints {
  return { ...target, ...member };
}
