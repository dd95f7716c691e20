import type { HttpResponse } from "#smithy/protocol-http";
import { decorateServiceException } from "#smithy/smithy-client";
import type { HeaderBag, MetadataBearer, ResponseMetadata } from "@smithy/types";
import { readBodyText } from "./body.js";
import { ChimeServiceException } from "./exceptions.js";
import { responseMetadata } from "./metadata.js";
import type { HttpMemberSchema, OperationSchema, ValueSchema } from "./schema.js";
import { fromJsonValue, isTimestamp, parseTimestamp } from "./values.js";

/**
 * Turns an HTTP response into the operation's output, or throws the error it
 * carries: a modeled error class when the error type names one, a
 * `ChimeServiceException` named after the code otherwise.
 */
export async function deserializeResponse(
  operation: OperationSchema,
  response: HttpResponse,
): Promise<MetadataBearer> {
  const headers = lowerCaseNames(response.headers);
  const $metadata = responseMetadata(response.statusCode, headers);
  const text = await readBodyText(response.body);
  if (response.statusCode < 200 || response.statusCode >= 300) {
    throw errorFromResponse(operation, response, headers, $metadata, text);
  }
  const json = text.length > 0 ? parseJson(operation.name, text) : undefined;
  const output: MetadataBearer & Record<string, unknown> = { $metadata };
  for (const member of operation.output) {
    const value = outputValue(member, response.statusCode, headers, json);
    if (value !== undefined && value !== null) {
      output[member.name] = value;
    }
  }
  return output;
}

function outputValue(
  member: HttpMemberSchema,
  statusCode: number,
  headers: HeaderBag,
  json: unknown,
): unknown {
  switch (member.location) {
    case "body": {
      const value = (json as Record<string, unknown> | undefined)?.[member.jsonName ?? member.name];
      return value === undefined || value === null
        ? undefined
        : fromJsonValue(member.schema, value);
    }
    case "payload":
      return json === undefined ? undefined : fromJsonValue(member.schema, json);
    case "header": {
      const text = headers[(member.locationName ?? member.name).toLowerCase()];
      return text === undefined ? undefined : fromHeaderText(member.schema, text);
    }
    case "responseCode":
      return statusCode;
    default:
      return undefined;
  }
}

function fromHeaderText(schema: ValueSchema, text: string): unknown {
  if (typeof schema === "object") {
    return schema.kind === "list"
      ? text.split(",").map((item) => fromHeaderText(schema.member, item.trim()))
      : text;
  }
  if (isTimestamp(schema)) {
    return parseTimestamp(schema === "date-time" ? schema : "http-date", text);
  }
  switch (schema) {
    case "number":
      return Number(text);
    case "boolean":
      return text === "true";
    default:
      return text;
  }
}

function parseJson(operation: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(
      `${operation}: the response body is not valid JSON (${(error as Error).message}): ${text.slice(0, 200)}`,
    );
  }
}

function errorFromResponse(
  operation: OperationSchema,
  response: HttpResponse,
  headers: HeaderBag,
  $metadata: ResponseMetadata,
  text: string,
): Error {
  let body: Record<string, unknown> = {};
  if (text.length > 0) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
        body = parsed as Record<string, unknown>;
      }
    } catch {
      // An error body that is not JSON (a proxy's HTML page) still yields an error from the status.
    }
  }
  const code = errorCode(headers, body);
  const message = stringOrUndefined(body.Message ?? body.message);
  const ErrorClass =
    code === undefined
      ? undefined
      : (operation.errors[code] ?? operation.errors[`${code}Exception`]);
  const error = ErrorClass
    ? new ErrorClass({ ...body, $metadata, message: message ?? code ?? "UnknownError" })
    : decorateServiceException(
        new ChimeServiceException({
          name: code ?? (response.statusCode ? String(response.statusCode) : "UnknownError"),
          $fault: response.statusCode >= 500 ? "server" : "client",
          $metadata,
          message,
        }),
        body,
      );
  Object.defineProperty(error, "$response", { value: response, enumerable: false });
  return error;
}

/**
 * The error type of a response: the `x-amzn-ErrorType` header, else the
 * body's `__type`, else its `code`/`Code`, reduced to a shape name
 * (`aws.protocols#NotFoundException:http://...` gives `NotFoundException`).
 */
export function errorCode(headers: HeaderBag, body: Record<string, unknown>): string | undefined {
  const raw =
    headers["x-amzn-errortype"] ??
    stringOrUndefined(body.__type) ??
    stringOrUndefined(body.code) ??
    stringOrUndefined(body.Code);
  if (raw === undefined || raw === "") {
    return undefined;
  }
  let code = raw.split(",")[0]!.split(":")[0]!;
  const hash = code.indexOf("#");
  if (hash !== -1) {
    code = code.slice(hash + 1);
  }
  return code.trim() || undefined;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function lowerCaseNames(headers: HeaderBag): HeaderBag {
  for (const name of Object.keys(headers)) {
    if (name !== name.toLowerCase()) {
      const lowered: HeaderBag = {};
      for (const [key, value] of Object.entries(headers)) {
        lowered[key.toLowerCase()] = value;
      }
      return lowered;
    }
  }
  return headers;
}
