/** What the reference says about a member's type (`Type:` line), before it becomes a Smithy target. */
export type ParsedType =
  | { kind: "string" }
  | { kind: "boolean" }
  | { kind: "integer" }
  | { kind: "timestamp" }
  | { kind: "structure"; name: string }
  | { kind: "list"; member: ParsedType };

export interface Bounds {
  min?: number;
  max?: number;
}

/** The constraint lines of a member, repaired. For arrays, pattern, values and length describe the items. */
export interface ParsedConstraints {
  /** `Length Constraints:` (string length). */
  length?: Bounds;
  /** `Valid Range:`. */
  range?: Bounds;
  /** `Array Members:` (number of items). */
  listLength?: Bounds;
  /** `Pattern:`, with the conversion damage repaired. */
  pattern?: string;
  /** `Valid Values:`, in the reference's order. */
  enumValues?: string[];
}

export interface ParsedMember {
  name: string;
  /** Line of the member's name. */
  line: number;
  documentation: string;
  /** Absent for URI parameters, whose entries carry no `Type:` line. */
  type?: ParsedType;
  /** Absent when the entry has no `Required:` line (response elements, optional query parameters). */
  required?: boolean;
  constraints: ParsedConstraints;
}

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

/** The request line of Request Syntax, with labels and query bindings resolved against the parameter list. */
export interface ParsedHttp {
  method: HttpMethod;
  /** Smithy form: `/accounts/{AccountId}/users?operation=logout` (labels named after input members). */
  uri: string;
  /** Label member name to the reference's label name (`AccountId` -> `accountId`). */
  labels: Map<string, string>;
  /** Query member name to query key (`MaxResults` -> `max-results`). */
  queryParams: Map<string, string>;
  /** Fixed query pairs of the URI (`operation=logout`). */
  queryLiterals: Array<[string, string]>;
  line: number;
}

export interface ParsedError {
  name: string;
  documentation: string;
  status: number;
  line: number;
}

/** One HTTP message of an example, parsed from its one-line sample. */
export interface ParsedSampleRequest {
  method: HttpMethod;
  /** Path only, still percent-encoded as printed. */
  path: string;
  query: Array<[string, string]>;
  headers: Record<string, string>;
  /** The JSON body text, or undefined when the message has none. */
  body?: string;
  line: number;
}

export interface ParsedSampleResponse {
  code: number;
  headers: Record<string, string>;
  body?: string;
  line: number;
}

export interface ParsedExample {
  title: string;
  documentation: string;
  line: number;
  request?: ParsedSampleRequest;
  response?: ParsedSampleResponse;
}

export interface ParsedOperation {
  name: string;
  line: number;
  documentation: string;
  http: ParsedHttp;
  /** URI parameters (labels and query), with their type inferred where the entry gives none. */
  uriParameters: ParsedMember[];
  requestBody: ParsedMember[];
  /** Whether the request carries a JSON body at all. */
  hasRequestBody: boolean;
  code: number;
  responseElements: ParsedMember[];
  errors: ParsedError[];
  examples: ParsedExample[];
}

export interface ParsedDataType {
  name: string;
  line: number;
  documentation: string;
  members: ParsedMember[];
}

/** One entry of the reference's "Common Errors": errors any action of any AWS service may answer with. */
export interface ParsedCommonError {
  code: string;
  /** Line of the error's name. */
  line: number;
  documentation: string;
  httpStatus: number;
}

export interface ParsedReference {
  documentation: string;
  operations: ParsedOperation[];
  dataTypes: ParsedDataType[];
  commonErrors: ParsedCommonError[];
}
