import type { MetadataBearer } from "@smithy/types";

/**
 * The shapes of the test data the generator writes to `test/generated/`
 * from the model: protocol test cases and one complete sample per operation.
 */

/** A command class, as the tests construct it. */
export type CommandClass = new (input: any) => { readonly input: any };

/** One `smithy.test#httpRequestTests` case: `params` must serialize to this request. */
export interface RequestCase {
  id: string;
  documentation?: string;
  command: CommandClass;
  params: Record<string, unknown>;
  method: string;
  /** The expected path, percent-encoded. */
  uri: string;
  /** `name=value` pairs, percent-encoded. */
  queryParams: string[];
  headers: Record<string, string>;
  /** The expected JSON body, compared as JSON. */
  body?: string;
}

/** One `smithy.test#httpResponseTests` case: this response must deserialize to `params`. */
export interface ResponseCase {
  id: string;
  documentation?: string;
  command: CommandClass;
  /** A valid input for the operation (the response does not depend on it). */
  input: Record<string, unknown>;
  code: number;
  headers: Record<string, string>;
  body?: string;
  params: Record<string, unknown>;
}

/** Every member of an operation's input and output filled, for interop and reachability tests. */
export interface OperationSample {
  operation: string;
  command: CommandClass;
  /** The aggregated client's method name (`getUser`). */
  method: string;
  input: Record<string, unknown>;
  /** Only the required members (labels included). */
  requiredInput: Record<string, unknown>;
  http: {
    method: string;
    /** The URI template's path (`/accounts/{AccountId}/users`). */
    path: string;
    queryLiterals: Record<string, string>;
  };
  /** A response carrying every output member (but no next-page token). */
  response: { statusCode: number; body?: string };
  pagination?: {
    /** The aggregated client's paginator and item iterator method names. */
    paginateMethod: string;
    itemsMethod?: string;
    paginate: (config: any, input: any) => AsyncGenerator<MetadataBearer, undefined, unknown>;
    items?: (config: any, input: any) => AsyncGenerator<unknown, undefined, unknown>;
    itemsMember?: string;
  };
}
