import type { StructureSchema } from "../schema/types.js";
import { ChimeServiceError, protocolError } from "./service-error.js";

/** Makes the modeled error `name` with a message; the generated wiring supplies one per error class. */
export type ErrorFactories = Readonly<Record<string, (message: string) => ChimeServiceError>>;

/** A known path asked with another method; the response lists the allowed ones in `Allow`. */
export class MethodNotAllowedError extends ChimeServiceError {
  constructor(
    message: string,
    readonly allowed: readonly string[],
  ) {
    super(
      { name: "MethodNotAllowedException", statusCode: 405, fault: "client" },
      { Code: "MethodNotAllowedException", Message: message },
    );
  }
}

/** The modeled error a malformed or invalid request is answered with. */
export const BAD_REQUEST = "BadRequestException";
/** The modeled error an unexpected exception in a handler is answered with. */
export const SERVICE_FAILURE = "ServiceFailureException";

/**
 * Builds the errors the server itself answers with. Validation and server
 * failures use the model's own error classes when it has them, so clients get
 * the same typed errors as from the service.
 */
export class ProtocolErrors {
  constructor(
    private readonly factories: ErrorFactories,
    private readonly structures: Readonly<Record<string, StructureSchema>>,
  ) {}

  modeled(name: string, fallbackStatus: number, message: string): ChimeServiceError {
    const factory = this.factories[name];
    if (factory) return factory(message);
    const status = this.structures[name]?.error?.status ?? fallbackStatus;
    return protocolError(name, status, message);
  }

  badRequest(message: string): ChimeServiceError {
    return this.modeled(BAD_REQUEST, 400, message);
  }

  serviceFailure(): ChimeServiceError {
    return this.modeled(SERVICE_FAILURE, 500, "The service encountered an unexpected error.");
  }

  unknownOperation(message: string): ChimeServiceError {
    return protocolError("UnknownOperationException", 404, message);
  }

  methodNotAllowed(message: string, allowed: readonly string[]): MethodNotAllowedError {
    return new MethodNotAllowedError(message, allowed);
  }

  payloadTooLarge(limit: number): ChimeServiceError {
    return protocolError(
      "RequestEntityTooLargeException",
      413,
      `The request body is larger than the limit of ${limit} bytes.`,
    );
  }

  notImplemented(operation: string): ChimeServiceError {
    return protocolError(
      "NotImplementedException",
      501,
      `The operation ${operation} is not implemented by this service.`,
    );
  }
}
