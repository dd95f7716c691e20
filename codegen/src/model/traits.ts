import type { Traits } from "./smithy-ast.ts";

/**
 * The traits the generator understands. A model that uses any other trait is
 * rejected, so that no constraint or binding is silently dropped.
 */
export const TRAIT = {
  documentation: "smithy.api#documentation",
  title: "smithy.api#title",
  required: "smithy.api#required",
  length: "smithy.api#length",
  range: "smithy.api#range",
  pattern: "smithy.api#pattern",
  sensitive: "smithy.api#sensitive",
  enum: "smithy.api#enum",
  enumValue: "smithy.api#enumValue",
  timestampFormat: "smithy.api#timestampFormat",
  jsonName: "smithy.api#jsonName",
  http: "smithy.api#http",
  httpLabel: "smithy.api#httpLabel",
  httpQuery: "smithy.api#httpQuery",
  httpHeader: "smithy.api#httpHeader",
  httpPayload: "smithy.api#httpPayload",
  httpResponseCode: "smithy.api#httpResponseCode",
  httpError: "smithy.api#httpError",
  error: "smithy.api#error",
  input: "smithy.api#input",
  output: "smithy.api#output",
  readonly: "smithy.api#readonly",
  idempotent: "smithy.api#idempotent",
  idempotencyToken: "smithy.api#idempotencyToken",
  paginated: "smithy.api#paginated",
  examples: "smithy.api#examples",
  deprecated: "smithy.api#deprecated",
  awsService: "aws.api#service",
  sigv4: "aws.auth#sigv4",
  restJson1: "aws.protocols#restJson1",
  httpRequestTests: "smithy.test#httpRequestTests",
  httpResponseTests: "smithy.test#httpResponseTests",
  /** Marks a shape as a trait definition (ChimeKit's own traits, below). */
  traitDefinition: "smithy.api#trait",
  /**
   * ChimeKit's own trait, defined in `model/traits.json`: on the service, the
   * errors the reference lists as common to every action of every AWS service.
   * They are documentation, not error shapes: AWS SDK clients raise them as the
   * service's base exception, and one of them (AccessDeniedException) shares
   * its name with a modeled error of a different status.
   */
  commonErrors: "chimekit.traits#commonErrors",
} as const;

/** Shape IDs of the common errors' trait definition. */
export const COMMON_ERROR_SHAPE = "chimekit.traits#CommonError";

/** One value of the `commonErrors` trait. */
export interface CommonErrorValue {
  code: string;
  httpStatus: number;
  documentation: string;
}

export const KNOWN_TRAITS: ReadonlySet<string> = new Set(Object.values(TRAIT));

export function hasTrait(traits: Traits | undefined, id: string): boolean {
  return traits !== undefined && Object.hasOwn(traits, id);
}

export function traitValue<T>(traits: Traits | undefined, id: string): T | undefined {
  return traits?.[id] as T | undefined;
}
