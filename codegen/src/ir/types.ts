/**
 * The intermediate representation (IR) every emitter reads.
 *
 * Smithy's quirks are resolved once, in `buildIr`: prelude shapes become plain
 * kinds, member traits are merged with the traits of their targets, enum forms
 * are unified, and every list is sorted (shapes and operations by name, enum
 * values by value). Emitters never look at the raw JSON AST.
 *
 * Shape names are the local part of the shape ID (`com.amazonaws.chime#User`
 * is `User`); the model has one namespace, so they are unique.
 */

/** The constraints Smithy traits put on a value, merged from a member and its target. */
export interface Constraints {
  /** `smithy.api#length`: string length in characters, list or map size in entries. */
  length?: { min?: number; max?: number };
  /** `smithy.api#range`: numeric bounds. */
  range?: { min?: number; max?: number };
  /** `smithy.api#pattern`: an ECMAScript regular expression source (not anchored unless it says so). */
  pattern?: string;
}

/** Where a member travels in an HTTP message (restJson1 bindings). */
export type Binding =
  | { location: "label" }
  | { location: "query"; name: string }
  | { location: "header"; name: string }
  | { location: "payload" }
  | { location: "responseCode" }
  | { location: "body"; jsonName: string };

/**
 * What a member or list element holds. Named shapes are referred to by name;
 * look them up in `ModelIr.shapes`.
 */
export type TypeRef =
  | { kind: "string"; shape?: string }
  | { kind: "boolean"; shape?: string }
  | { kind: "integer"; shape?: string }
  | { kind: "long"; shape?: string }
  | { kind: "float"; shape?: string }
  | { kind: "double"; shape?: string }
  | { kind: "timestamp"; shape?: string; format: TimestampFormat }
  | { kind: "blob"; shape?: string }
  | { kind: "document"; shape?: string }
  | { kind: "enum"; shape: string }
  | { kind: "structure"; shape: string }
  | { kind: "list"; shape: string; member: ValueIr }
  | { kind: "map"; shape: string; key: ValueIr; value: ValueIr };

export type TimestampFormat = "date-time" | "epoch-seconds" | "http-date";

/** A typed value with its constraints: a structure member, a list element or a map key/value. */
export interface ValueIr {
  type: TypeRef;
  constraints: Constraints;
  sensitive: boolean;
}

export interface MemberIr extends ValueIr {
  /** The member name, which is also the TypeScript property name and the JSON key. */
  name: string;
  required: boolean;
  documentation?: string;
  /** Where it travels in a request (input structures) or response (output structures). */
  binding: Binding;
  idempotencyToken: boolean;
  /** Position of the member in the model file: members keep the reference's order. */
  index: number;
}

export interface StructureIr {
  kind: "structure";
  name: string;
  documentation?: string;
  /** In the model's order (the reference's), which is `index` order: emitters need not sort them. */
  members: MemberIr[];
  sensitive: boolean;
  /** Set on `smithy.api#input` structures: the operation that takes it. */
  inputOf?: string;
  /** Set on `smithy.api#output` structures: the operation that returns it. */
  outputOf?: string;
  /** Set on error structures. */
  error?: { fault: "client" | "server"; httpStatus: number };
}

export interface EnumValueIr {
  /** The member name in the model (`SUSPENDED`), used for the const object key. */
  name: string;
  /** The wire value (`Suspended`). */
  value: string;
  documentation?: string;
}

export interface EnumIr {
  kind: "enum";
  name: string;
  documentation?: string;
  /** Sorted by value, for a stable order and sane diffs. */
  values: EnumValueIr[];
}

export interface ListIr {
  kind: "list";
  name: string;
  documentation?: string;
  member: ValueIr;
  constraints: Constraints;
  sensitive: boolean;
}

export interface MapIr {
  kind: "map";
  name: string;
  documentation?: string;
  key: ValueIr;
  value: ValueIr;
  constraints: Constraints;
  sensitive: boolean;
}

/** A named simple shape (`NonEmptyString`, `E164PhoneNumber`): a primitive with constraints. */
export interface SimpleShapeIr {
  kind: "simple";
  name: string;
  documentation?: string;
  type: TypeRef;
  constraints: Constraints;
  sensitive: boolean;
}

export type ShapeIr = StructureIr | EnumIr | ListIr | MapIr | SimpleShapeIr;

/** One segment of a URI path: literal text or a `{Label}` (greedy for `{Label+}`). */
export type PathSegment =
  { kind: "literal"; value: string } | { kind: "label"; name: string; greedy: boolean };

export interface HttpIr {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD";
  /** The URI as the model writes it, literal query included: `/accounts/{AccountId}/users?operation=logout`. */
  uri: string;
  /** The path part of the URI only: `/accounts/{AccountId}/users`. */
  path: string;
  segments: PathSegment[];
  /** The literal query of the URI (`?operation=logout` gives `{ operation: "logout" }`), sorted by key. */
  queryLiterals: Record<string, string>;
  /** Success status code. */
  code: number;
}

export interface PaginationIr {
  inputToken: string;
  outputToken: string;
  pageSize?: string;
  items?: string;
}

export interface ExampleIr {
  title: string;
  documentation?: string;
  input?: Record<string, unknown>;
  output?: Record<string, unknown>;
  error?: { shapeId: string; content: Record<string, unknown> };
}

/** One `smithy.test#httpRequestTests` case. */
export interface HttpRequestTestIr {
  id: string;
  protocol: string;
  documentation?: string;
  method: string;
  uri: string;
  queryParams?: string[];
  headers?: Record<string, string>;
  body?: string;
  bodyMediaType?: string;
  params: Record<string, unknown>;
  /** The test's `appliesTo`: `client` or `server` when it checks only one side. */
  appliesTo?: "client" | "server";
}

/** One `smithy.test#httpResponseTests` case. */
export interface HttpResponseTestIr {
  id: string;
  protocol: string;
  documentation?: string;
  code: number;
  headers?: Record<string, string>;
  body?: string;
  bodyMediaType?: string;
  params: Record<string, unknown>;
  /** The test's `appliesTo`: `client` or `server` when it checks only one side. */
  appliesTo?: "client" | "server";
}

export interface OperationIr {
  name: string;
  documentation?: string;
  http: HttpIr;
  /** Name of the input structure (`GetUserRequest`). */
  input: string;
  /** Name of the output structure (`GetUserResponse`). */
  output: string;
  /** Names of the error structures it can return, sorted. */
  errors: string[];
  readonly: boolean;
  idempotent: boolean;
  paginated?: PaginationIr;
  /** Name of the resource the operation is bound to, if any. */
  resource?: string;
  examples: ExampleIr[];
  requestTests: HttpRequestTestIr[];
  responseTests: HttpResponseTestIr[];
}

export type LifecycleName = "create" | "put" | "read" | "update" | "delete" | "list";

export interface ResourceIr {
  name: string;
  documentation?: string;
  /** Identifier name to the shape name of its type. */
  identifiers: Record<string, string>;
  lifecycle: Partial<Record<LifecycleName, string>>;
  /** Other instance and collection operations bound to it, sorted. */
  operations: string[];
  /** Child resources, sorted. */
  resources: string[];
  /** The enclosing resource, if nested. */
  parent?: string;
}

export interface ServiceIr {
  /** `com.amazonaws.chime#UCBuzzConsoleService` or the like: the service shape's ID. */
  shapeId: string;
  namespace: string;
  /** The service shape's local name. */
  name: string;
  version: string;
  sdkId: string;
  endpointPrefix: string;
  signingName: string;
  title?: string;
  documentation?: string;
  /** The errors common to every action (the `commonErrors` trait), in the model's order. */
  commonErrors: CommonErrorIr[];
}

/** An error any operation may answer with, documented but not modeled as an error shape. */
export interface CommonErrorIr {
  code: string;
  httpStatus: number;
  documentation: string;
}

export interface ModelIr {
  service: ServiceIr;
  /** Sorted by name. */
  operations: OperationIr[];
  /** Every named shape of the service's closure, by name; iterate `shapeNames` for a stable order. */
  shapes: ReadonlyMap<string, ShapeIr>;
  /** All keys of `shapes`, sorted. */
  shapeNames: string[];
  /** Sorted by name. */
  structures: StructureIr[];
  /** Sorted by name. */
  enums: EnumIr[];
  /** Error structures, sorted by name. */
  errors: StructureIr[];
  /** Sorted by name. */
  resources: ResourceIr[];
  /** The model files the IR was built from, relative to the repository root (for headers). */
  sources: string[];
}
