import { HttpRequest, type HttpResponse } from "#smithy/protocol-http";
import { getRetryPlugin } from "#smithy/middleware-retry";
import { NoOpLogger } from "#smithy/smithy-client";
import type {
  DeserializeMiddleware,
  FinalizeRequestMiddleware,
  HandlerExecutionContext,
  InitializeMiddleware,
  MetadataBearer,
  MiddlewareStack,
  SerializeMiddleware,
} from "@smithy/types";
import type { ChimeClientResolvedConfig } from "./config.js";
import { deserializeResponse } from "./deserialize.js";
import type { OperationSchema } from "./schema.js";
import { serializeRequest } from "./serialize.js";
import { validateInput } from "./validate.js";

/** The handler-context key under which a command passes its operation schema to the middleware. */
export const OPERATION_CONTEXT_KEY = "chimeOperation";

/**
 * Installs the client's middleware: validate and serialize, deserialize,
 * retry (standard mode unless configured), SigV4 signing of every attempt,
 * and a log entry per call when the caller gave a logger. Names are stable so
 * users can place their own middleware relative to them. Call it last: the
 * handler cache starts following the stack's changes here.
 */
export function useChimeMiddleware(
  stack: MiddlewareStack<any, any>,
  config: ChimeClientResolvedConfig,
): void {
  stack.add(serializeMiddleware(config), {
    step: "serialize",
    name: "chimeSerializerMiddleware",
    override: true,
  });
  stack.add(deserializeMiddleware(), {
    step: "deserialize",
    name: "chimeDeserializerMiddleware",
    override: true,
  });
  stack.use(getRetryPlugin(config));
  // Last in its step, after the retry middleware (high priority), so every attempt is signed
  // with the headers other middleware added.
  stack.add(signingMiddleware(config), {
    step: "finalizeRequest",
    priority: "low",
    name: "chimeSigningMiddleware",
    override: true,
  });
  if (!(config.logger instanceof NoOpLogger)) {
    stack.add(loggerMiddleware(), {
      step: "initialize",
      name: "chimeLoggerMiddleware",
      override: true,
    });
  }
  config.handlerCache?.watch(stack);
}

function operationOf(context: HandlerExecutionContext): OperationSchema {
  return context[OPERATION_CONTEXT_KEY] as OperationSchema;
}

function serializeMiddleware(config: ChimeClientResolvedConfig): SerializeMiddleware<any, any> {
  return (next, context) => async (args) => {
    const operation = operationOf(context);
    validateInput(operation, args.input);
    const request = serializeRequest(operation, args.input, await config.endpoint());
    return next({ ...args, request });
  };
}

function deserializeMiddleware(): DeserializeMiddleware<any, any> {
  return (next, context) => async (args) => {
    const { response } = await next(args);
    const output = await deserializeResponse(operationOf(context), response as HttpResponse);
    return { response, output };
  };
}

function signingMiddleware(config: ChimeClientResolvedConfig): FinalizeRequestMiddleware<any, any> {
  return (next) => async (args) => {
    if (!HttpRequest.isInstance(args.request)) {
      return next(args);
    }
    return next({ ...args, request: await config.signer.sign(args.request) });
  };
}

/** Logs each call as the AWS SDKs do: names, filtered input and output, and `$metadata`. */
function loggerMiddleware(): InitializeMiddleware<any, any> {
  return (next, context) => async (args) => {
    const { clientName, commandName, logger } = context;
    const input = context.inputFilterSensitiveLog?.(args.input) ?? args.input;
    try {
      const result = await next(args);
      const { $metadata, ...output } = result.output as MetadataBearer;
      logger?.info({
        clientName,
        commandName,
        input,
        output: context.outputFilterSensitiveLog?.(output) ?? output,
        metadata: $metadata,
      });
      return result;
    } catch (error) {
      logger?.error({
        clientName,
        commandName,
        input,
        error,
        metadata: (error as Partial<MetadataBearer>).$metadata,
      });
      throw error;
    }
  };
}
