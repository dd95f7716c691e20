import { HttpRequest } from "#smithy/protocol-http";
import { extendedEncodeURIComponent } from "#smithy/smithy-client";
import type { Endpoint, HeaderBag, QueryParameterBag } from "@smithy/types";
import type { HttpMemberSchema, OperationSchema, ValueSchema } from "./schema.js";
import { formatTimestamp, isTimestamp, toJsonStructure, toJsonValue } from "./values.js";

/**
 * Builds the REST-JSON request of an operation from a validated input: labels
 * percent-encoded into the path, query and header members, and a JSON body of
 * the body members only. Idempotency tokens left out by the caller get a UUID.
 */
export function serializeRequest(
  operation: OperationSchema,
  input: Record<string, unknown>,
  endpoint: Endpoint,
): HttpRequest {
  // Copies that get members added are made by assignment: V8 makes each member added to a
  // spread copy a slow store.
  const query: QueryParameterBag = Object.assign({}, operation.queryLiterals);
  const headers: HeaderBag = {};
  const bodyMembers: HttpMemberSchema[] = [];
  let payload: HttpMemberSchema | undefined;
  let bodyValues: Record<string, unknown> = input;

  for (const member of operation.input) {
    let value = input[member.name];
    if ((value === undefined || value === null) && member.idempotencyToken) {
      value = crypto.randomUUID();
      bodyValues = bodyValues === input ? Object.assign({}, input) : bodyValues;
      bodyValues[member.name] = value;
    }
    switch (member.location) {
      case "body":
        bodyMembers.push(member);
        break;
      case "payload":
        payload = member;
        break;
      case "label":
      case "responseCode":
        break;
      case "query":
        if (value !== undefined && value !== null) {
          query[member.locationName ?? member.name] = queryValue(member.schema, value);
        }
        break;
      case "header":
        if (value !== undefined && value !== null) {
          headers[(member.locationName ?? member.name).toLowerCase()] = headerValue(
            member.schema,
            value,
          );
        }
        break;
    }
  }

  let body: string | undefined;
  if (payload) {
    const value = bodyValues[payload.name];
    if (value !== undefined && value !== null) {
      body = JSON.stringify(toJsonValue(payload.schema, value));
    }
  } else if (bodyMembers.length > 0) {
    body = JSON.stringify(toJsonStructure(bodyMembers, bodyValues));
  }
  if (body !== undefined) {
    headers["content-type"] = "application/json";
    headers["content-length"] = String(Buffer.byteLength(body));
  }
  headers.host = endpoint.port ? `${endpoint.hostname}:${endpoint.port}` : endpoint.hostname;

  return new HttpRequest({
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    port: endpoint.port,
    method: operation.method,
    path: endpointPathPrefix(endpoint) + expandPath(operation.path, input),
    query,
    headers,
    body,
  });
}

function endpointPathPrefix(endpoint: Endpoint): string {
  const path = endpoint.path ?? "";
  return path.endsWith("/") ? path.slice(0, -1) : path;
}

/** Fills the labels of a split URI path with percent-encoded input values. */
export function expandPath(path: readonly string[], input: Record<string, unknown>): string {
  let result = path[0] ?? "";
  for (let index = 1; index < path.length; index += 2) {
    const label = path[index]!;
    const greedy = label.endsWith("+");
    const value = String(input[greedy ? label.slice(0, -1) : label]);
    result += greedy
      ? value.split("/").map(extendedEncodeURIComponent).join("/")
      : extendedEncodeURIComponent(value);
    result += path[index + 1] ?? "";
  }
  return result;
}

function queryValue(schema: ValueSchema, value: unknown): string | string[] {
  if (Array.isArray(value)) {
    const member = typeof schema === "object" && schema.kind === "list" ? schema.member : "string";
    return value.map((item) => scalarText(member, item, "date-time"));
  }
  return scalarText(schema, value, "date-time");
}

function headerValue(schema: ValueSchema, value: unknown): string {
  if (Array.isArray(value)) {
    const member = typeof schema === "object" && schema.kind === "list" ? schema.member : "string";
    return value.map((item) => scalarText(member, item, "http-date")).join(", ");
  }
  return scalarText(schema, value, "http-date");
}

/**
 * The text of a scalar in a query string or header. A timestamp member uses
 * its declared format; a plain `Date` falls back to the location's default.
 */
function scalarText(
  schema: ValueSchema,
  value: unknown,
  dateDefault: "date-time" | "http-date",
): string {
  if (isTimestamp(schema)) {
    return String(formatTimestamp(schema, value));
  }
  if (value instanceof Date) {
    return String(formatTimestamp(dateDefault, value));
  }
  return String(value);
}
