/**
 * The compact description of an operation that the generator writes next to
 * each command, and that the runtime's serializer, deserializer, validator and
 * log filter read. It holds only what the wire needs, so that a program which
 * imports one command carries that command's description and nothing else.
 */

import type { ResponseMetadata } from "@smithy/types";

/** The wire format of a timestamp (Smithy's `timestampFormat`). */
export type TimestampFormat = "date-time" | "epoch-seconds" | "http-date";

/**
 * How one value travels. Scalars (strings and enum values, numbers, booleans,
 * documents) are copied as they are in JSON; their kind matters only where
 * they are written as text (labels, query strings, headers).
 */
export type ValueSchema = ScalarKind | TimestampFormat | StructureSchema | ListSchema | MapSchema;

export type ScalarKind = "string" | "number" | "boolean" | "document";

export interface StructureSchema {
  readonly kind: "structure";
  /** The shape name, for error messages. */
  readonly name: string;
  readonly members: readonly MemberSchema[];
}

export interface ListSchema {
  readonly kind: "list";
  readonly member: ValueSchema;
  /** Whether the elements are hidden from logs. */
  readonly sensitive?: boolean;
}

export interface MapSchema {
  readonly kind: "map";
  readonly value: ValueSchema;
  /** Whether the values are hidden from logs. */
  readonly sensitive?: boolean;
}

export interface MemberSchema {
  readonly name: string;
  readonly schema: ValueSchema;
  /** The JSON key, when it differs from the member name. */
  readonly jsonName?: string;
  readonly required?: boolean;
  /** Whether the value is hidden from logs. */
  readonly sensitive?: boolean;
}

/** Where a top-level member of an input or output travels in the HTTP message. */
export type HttpLocation = "label" | "query" | "header" | "body" | "payload" | "responseCode";

export interface HttpMemberSchema extends MemberSchema {
  readonly location: HttpLocation;
  /** The query parameter or header name. */
  readonly locationName?: string;
  /** Filled with a fresh UUID when the caller leaves it out. */
  readonly idempotencyToken?: boolean;
}

/** The constructor of a modeled error class. */
export type ErrorConstructor = new (options: ErrorConstructorOptions) => Error;

/** What the deserializer passes a modeled error: the error body's members, `$metadata` and `message`. */
export interface ErrorConstructorOptions {
  $metadata: ResponseMetadata;
  message: string;
  [member: string]: any;
}

export interface OperationSchema {
  readonly name: string;
  readonly method: string;
  /**
   * The URI path split around its labels: literal text at even indexes, label
   * names at odd ones (a greedy label's name ends with `+`).
   * `/accounts/{AccountId}/users` is `["/accounts/", "AccountId", "/users"]`.
   */
  readonly path: readonly string[];
  /** The literal query of the URI (`?operation=logout`), always sent. */
  readonly queryLiterals?: Readonly<Record<string, string>>;
  /** The modeled success status code. */
  readonly code: number;
  readonly input: readonly HttpMemberSchema[];
  readonly output: readonly HttpMemberSchema[];
  /** Every modeled error of the service, by shape name. */
  readonly errors: Readonly<Record<string, ErrorConstructor>>;
}
