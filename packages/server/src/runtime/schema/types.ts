/**
 * The data description of the service that the generator emits and the
 * runtime is driven by: operations with their HTTP routes, and the shapes of
 * their inputs, outputs and errors with every constraint the model puts on
 * them. It is plain data, so one runtime serves any model.
 *
 * Structures and enums are referred to by name (looked up in
 * `ServiceSchema.structures` / `ServiceSchema.enums`); lists and maps are
 * written inline where they are used, with the constraints of the member and
 * its target already merged.
 */

/** Inclusive bounds; either side may be open. */
export interface Bounds {
  min?: number;
  max?: number;
}

interface ValueSchemaBase {
  /** Values are redacted from validation messages. */
  sensitive?: boolean;
}

export interface StringSchema extends ValueSchemaBase {
  type: "string";
  /** Length in Unicode code points. */
  length?: Bounds;
  /** An ECMAScript regular expression source, unanchored unless it says so. */
  pattern?: string;
}

export interface EnumSchema extends ValueSchemaBase {
  type: "enum";
  /** Name of the enum in `ServiceSchema.enums`. */
  enum: string;
  length?: Bounds;
  pattern?: string;
}

export interface BooleanSchema extends ValueSchemaBase {
  type: "boolean";
}

export interface NumberSchema extends ValueSchemaBase {
  type: "integer" | "long" | "float" | "double";
  range?: Bounds;
}

export type TimestampFormat = "date-time" | "epoch-seconds" | "http-date";

export interface TimestampSchema extends ValueSchemaBase {
  type: "timestamp";
  format: TimestampFormat;
}

export interface BlobSchema extends ValueSchemaBase {
  type: "blob";
  /** Size in bytes. */
  length?: Bounds;
}

export interface DocumentSchema extends ValueSchemaBase {
  type: "document";
}

export interface StructureRefSchema extends ValueSchemaBase {
  type: "structure";
  /** Name of the structure in `ServiceSchema.structures`. */
  structure: string;
}

export interface ListSchema extends ValueSchemaBase {
  type: "list";
  member: ValueSchema;
  /** Number of entries. */
  length?: Bounds;
}

export interface MapSchema extends ValueSchemaBase {
  type: "map";
  key: ValueSchema;
  value: ValueSchema;
  /** Number of entries. */
  length?: Bounds;
}

export type ValueSchema =
  | StringSchema
  | EnumSchema
  | BooleanSchema
  | NumberSchema
  | TimestampSchema
  | BlobSchema
  | DocumentSchema
  | StructureRefSchema
  | ListSchema
  | MapSchema;

/**
 * Where a member travels in an HTTP message. `name` is the query parameter,
 * header or JSON key; it defaults to the member name for `body`.
 */
export type MemberLocation =
  | { in: "label" }
  | { in: "query"; name: string }
  | { in: "header"; name: string }
  | { in: "payload" }
  | { in: "responseCode" }
  | { in: "body"; name?: string };

export interface MemberSchema {
  name: string;
  value: ValueSchema;
  required?: boolean;
  location: MemberLocation;
}

export interface StructureSchema {
  members: readonly MemberSchema[];
  /** Set on error structures. */
  error?: { status: number; fault: "client" | "server" };
}

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD";

export interface OperationSchema {
  /** The operation name in the model: `GetUser`. */
  name: string;
  /** The service method that implements it: `getUser`. */
  method: string;
  http: {
    method: HttpMethod;
    /** The path template: `/accounts/{AccountId}/users/{UserId}` (`{Name+}` for a greedy label). */
    path: string;
    /** The literal query of the route: `?operation=logout` is `{ operation: "logout" }`. */
    query?: Readonly<Record<string, string>>;
    /** The success status code. */
    code: number;
  };
  /** Input and output structure names. */
  input: string;
  output: string;
  /** Names of the modeled errors it can return. */
  errors: readonly string[];
}

export interface ServiceSchema {
  operations: readonly OperationSchema[];
  structures: Readonly<Record<string, StructureSchema>>;
  /** Enum name to its wire values. */
  enums: Readonly<Record<string, readonly string[]>>;
}
