import { Command } from "#smithy/smithy-client";
import type { Handler, MetadataBearer, MiddlewareStack } from "@smithy/types";
import type { ChimeClientResolvedConfig } from "./config.js";
import { hideSensitive } from "./log-filter.js";
import { OPERATION_CONTEXT_KEY } from "./middleware.js";
import type { OperationSchema } from "./schema.js";

const noCommandMiddleware = () => [];

/**
 * The base of every generated `<Operation>Command`: it carries the input and
 * the operation's schema, and resolves the client's middleware stack with
 * its own. Serialization lives in the client's middleware, driven by the
 * schema, so a command class holds no code of its own.
 */
export abstract class ChimeCommand<
  Input extends ClientInput,
  Output extends ClientOutput,
  ClientInput extends object = any,
  ClientOutput extends MetadataBearer = any,
> extends Command<Input, Output, ChimeClientResolvedConfig, ClientInput, ClientOutput> {
  readonly input: Input;
  readonly #operation: OperationSchema;

  protected constructor(operation: OperationSchema, input: Input) {
    super();
    this.#operation = operation;
    this.input = input;
  }

  resolveMiddleware(
    clientStack: MiddlewareStack<ClientInput, ClientOutput>,
    configuration: ChimeClientResolvedConfig,
    options: any,
  ): Handler<Input, Output> {
    const cache =
      options === undefined && this.middlewareStack.identify().length === 0
        ? configuration.handlerCache
        : undefined;
    const cached = cache?.get(clientStack, this.#operation);
    if (cached !== undefined) {
      return cached;
    }
    const handler = this.#resolve(clientStack, configuration, options);
    cache?.set(clientStack, this.#operation, handler);
    return handler;
  }

  #resolve(
    clientStack: MiddlewareStack<ClientInput, ClientOutput>,
    configuration: ChimeClientResolvedConfig,
    options: any,
  ): Handler<Input, Output> {
    const operation = this.#operation;
    return this.resolveMiddlewareWithContext(clientStack, configuration, options, {
      CommandCtor: this.constructor,
      middlewareFn: noCommandMiddleware,
      clientName: "ChimeClient",
      commandName: `${operation.name}Command`,
      inputFilterSensitiveLog: (input) => hideSensitive(operation.input, input),
      outputFilterSensitiveLog: (output) => hideSensitive(operation.output, output),
      smithyContext: { service: "Chime", operation: operation.name },
      additionalContext: { [OPERATION_CONTEXT_KEY]: operation },
    }) as Handler<Input, Output>;
  }
}
