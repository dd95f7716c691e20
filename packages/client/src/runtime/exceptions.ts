import { ServiceException, type ServiceExceptionOptions } from "#smithy/smithy-client";

/**
 * The base class of every error the Chime service returns: modeled errors
 * (`NotFoundException`, ...) extend it, and errors the model does not know
 * are thrown as instances of it, named after the error code.
 */
export class ChimeServiceException extends ServiceException {
  constructor(options: ServiceExceptionOptions) {
    super(options);
    // Keeps `instanceof` working when the class is compiled down to ES5-style constructors.
    Object.setPrototypeOf(this, ChimeServiceException.prototype);
  }
}

/**
 * Thrown before any request is sent when an input cannot produce a correct
 * request: a required member is missing, or a URI label is empty or would
 * change the path (`.`, `..`).
 */
export class ChimeValidationError extends Error {
  override readonly name = "ChimeValidationError";

  constructor(
    /** The operation whose input was rejected (`GetUser`). */
    readonly operation: string,
    /** Where in the input: `AccountId`, `UpdateUserRequestItems[2].UserId`. */
    readonly member: string,
    /** What is wrong with it. */
    readonly reason: string,
  ) {
    super(`${operation}: input member ${member} ${reason}`);
  }
}
