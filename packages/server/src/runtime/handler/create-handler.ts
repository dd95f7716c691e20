import { createAuthenticator } from "../auth/authenticator.js";
import { type ErrorFactories, ProtocolErrors } from "../errors/protocol-errors.js";
import type { ChimeServiceError } from "../errors/service-error.js";
import { MalformedEncodingError, parseQuery } from "../http/query.js";
import type { ChimeHttpRequest, ChimeHttpResponse } from "../http/types.js";
import { RouteTable } from "../routing/route-table.js";
import type { ServiceSchema } from "../schema/types.js";
import { MalformedBodyError } from "../serde/json-body.js";
import { OperationCodec } from "../serde/operation-codec.js";
import { CodecCompiler } from "../serde/value-codec.js";
import { Violations } from "../validation/violations.js";
import { ErrorWriter, isServiceError } from "./error-writer.js";
import {
  type ChimeHandler,
  type ChimeHandlerOptions,
  DEFAULT_MAX_BODY_BYTES,
  type RequestContext,
} from "./options.js";

type ServiceMethod = (input: unknown, context: RequestContext<unknown>) => Promise<unknown>;

interface RoutedOperation {
  name: string;
  codec: OperationCodec;
  implementation?: ServiceMethod;
}

/**
 * Turns a service implementation into a transport-neutral handler, driven by
 * the service schema: route, authenticate, read and validate the input, call
 * the service method, write its output or error. Everything that can be
 * prepared (routes, codecs, checks) is prepared here, once.
 */
export function createServiceHandler<Context>(
  schema: ServiceSchema,
  service: object,
  options: ChimeHandlerOptions = {},
  errorFactories: ErrorFactories = {},
): ChimeHandler<Context> {
  const compiler = new CodecCompiler(schema);
  const routes = new RouteTable<RoutedOperation>();
  for (const operation of schema.operations) {
    const method = (service as Record<string, unknown>)[operation.method];
    routes.add(operation.http.method, operation.http.path, operation.http.query ?? {}, {
      name: operation.name,
      codec: new OperationCodec(operation, compiler),
      implementation:
        typeof method === "function" ? (method.bind(service) as ServiceMethod) : undefined,
    });
  }
  const authenticate = createAuthenticator(options.auth);
  const errors = new ProtocolErrors(errorFactories, schema.structures);
  const errorWriter = new ErrorWriter(schema, compiler);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const newRequestId = options.requestId ?? (() => crypto.randomUUID());
  const { onRequest, onResponse } = options;

  async function run(
    request: ChimeHttpRequest,
    context: Context,
    requestId: string,
    state: { operation?: string },
  ) {
    if (request.body.length > maxBodyBytes) throw errors.payloadTooLarge(maxBodyBytes);
    const query = parseQuery(request.query);
    const match = routes.match(request.method, request.path, query);
    if (match.kind === "found") state.operation = match.value.name;
    onRequest?.({
      requestId,
      method: request.method,
      path: request.path,
      operation: state.operation,
    });
    switch (match.kind) {
      case "not-found":
        throw errors.unknownOperation(`No operation matches ${request.method} ${request.path}.`);
      case "method-not-allowed":
        throw errors.methodNotAllowed(
          `${request.path} does not support ${request.method}; it supports ${match.allowed.join(", ")}.`,
          match.allowed,
        );
      case "query-mismatch":
        throw errors.unknownOperation(
          `No operation matches ${request.method} ${request.path}?${request.query}: the query must carry ${match.expected.join(" or ")}.`,
        );
    }
    const operation = match.value;
    // Most requests are authenticated at once (auth off, or a synchronous credentials lookup): no turn.
    const authenticated = authenticate(request, query);
    const identity = authenticated instanceof Promise ? await authenticated : authenticated;
    const violations = new Violations();
    const input = operation.codec.readInput(request, match.labels, query, violations);
    if (violations.size > 0) throw errors.badRequest(violations.summary());
    if (!operation.implementation) throw errors.notImplemented(operation.name);
    const ctx: RequestContext<Context> = {
      requestId,
      operation: operation.name,
      identity,
      context,
    };
    const output = await operation.implementation(input, ctx as RequestContext<unknown>);
    const encoded = operation.codec.writeOutput(output as Record<string, unknown> | undefined);
    encoded.headers["x-amzn-requestid"] = requestId;
    return encoded;
  }

  function toServiceError(error: unknown): ChimeServiceError {
    if (isServiceError(error)) return error;
    if (error instanceof MalformedBodyError || error instanceof MalformedEncodingError) {
      return errors.badRequest(error.message);
    }
    return errors.serviceFailure();
  }

  return async (request, context) => {
    const started = onResponse ? performance.now() : 0;
    const requestId = newRequestId();
    const state: { operation?: string } = {};
    let response: ChimeHttpResponse;
    let unexpected: unknown;
    let errorType: string | undefined;
    try {
      response = await run(request, context, requestId, state);
    } catch (error) {
      const serviceError = toServiceError(error);
      if (!isServiceError(error) && serviceError.statusCode >= 500) unexpected = error;
      errorType = serviceError.name;
      response = errorWriter.write(serviceError, requestId);
    }
    onResponse?.({
      requestId,
      method: request.method,
      path: request.path,
      operation: state.operation,
      statusCode: response.statusCode,
      durationMs: performance.now() - started,
      errorType,
      error: unexpected,
    });
    return response;
  };
}
