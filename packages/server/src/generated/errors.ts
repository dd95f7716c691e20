// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  AccessDeniedException as AccessDeniedExceptionShape,
  BadRequestException as BadRequestExceptionShape,
  ConflictException as ConflictExceptionShape,
  ForbiddenException as ForbiddenExceptionShape,
  NotFoundException as NotFoundExceptionShape,
  ResourceLimitExceededException as ResourceLimitExceededExceptionShape,
  ServiceFailureException as ServiceFailureExceptionShape,
  ServiceUnavailableException as ServiceUnavailableExceptionShape,
  ThrottledClientException as ThrottledClientExceptionShape,
  UnauthorizedClientException as UnauthorizedClientExceptionShape,
  UnprocessableEntityException as UnprocessableEntityExceptionShape,
} from "@chimekit/types";
import { ChimeServiceError, type ErrorFactories } from "../runtime/index.js";

/**
 * You don't have permissions to perform the requested operation.
 *
 * Answered with HTTP 403 and `x-amzn-ErrorType: AccessDeniedException`.
 */
export class AccessDeniedException extends ChimeServiceError {
  declare readonly Code?: AccessDeniedExceptionShape["Code"];
  declare readonly Message?: AccessDeniedExceptionShape["Message"];

  constructor(init: AccessDeniedExceptionShape = {}) {
    super(
      { name: "AccessDeniedException", statusCode: 403, fault: "client" },
      { Code: "AccessDenied", ...init },
    );
  }
}

/**
 * The input parameters don't match the service's restrictions.
 *
 * Answered with HTTP 400 and `x-amzn-ErrorType: BadRequestException`.
 */
export class BadRequestException extends ChimeServiceError {
  declare readonly Code?: BadRequestExceptionShape["Code"];
  declare readonly Message?: BadRequestExceptionShape["Message"];

  constructor(init: BadRequestExceptionShape = {}) {
    super(
      { name: "BadRequestException", statusCode: 400, fault: "client" },
      { Code: "BadRequest", ...init },
    );
  }
}

/**
 * The request could not be processed because of conflict in the current state of the resource.
 *
 * Answered with HTTP 409 and `x-amzn-ErrorType: ConflictException`.
 */
export class ConflictException extends ChimeServiceError {
  declare readonly Code?: ConflictExceptionShape["Code"];
  declare readonly Message?: ConflictExceptionShape["Message"];

  constructor(init: ConflictExceptionShape = {}) {
    super(
      { name: "ConflictException", statusCode: 409, fault: "client" },
      { Code: "Conflict", ...init },
    );
  }
}

/**
 * The client is permanently forbidden from making the request.
 *
 * Answered with HTTP 403 and `x-amzn-ErrorType: ForbiddenException`.
 */
export class ForbiddenException extends ChimeServiceError {
  declare readonly Code?: ForbiddenExceptionShape["Code"];
  declare readonly Message?: ForbiddenExceptionShape["Message"];

  constructor(init: ForbiddenExceptionShape = {}) {
    super(
      { name: "ForbiddenException", statusCode: 403, fault: "client" },
      { Code: "Forbidden", ...init },
    );
  }
}

/**
 * One or more of the resources in the request does not exist in the system.
 *
 * Answered with HTTP 404 and `x-amzn-ErrorType: NotFoundException`.
 */
export class NotFoundException extends ChimeServiceError {
  declare readonly Code?: NotFoundExceptionShape["Code"];
  declare readonly Message?: NotFoundExceptionShape["Message"];

  constructor(init: NotFoundExceptionShape = {}) {
    super(
      { name: "NotFoundException", statusCode: 404, fault: "client" },
      { Code: "NotFound", ...init },
    );
  }
}

/**
 * The request exceeds the resource limit.
 *
 * Answered with HTTP 400 and `x-amzn-ErrorType: ResourceLimitExceededException`.
 */
export class ResourceLimitExceededException extends ChimeServiceError {
  declare readonly Code?: ResourceLimitExceededExceptionShape["Code"];
  declare readonly Message?: ResourceLimitExceededExceptionShape["Message"];

  constructor(init: ResourceLimitExceededExceptionShape = {}) {
    super(
      { name: "ResourceLimitExceededException", statusCode: 400, fault: "client" },
      { Code: "ResourceLimitExceeded", ...init },
    );
  }
}

/**
 * The service encountered an unexpected error.
 *
 * Answered with HTTP 500 and `x-amzn-ErrorType: ServiceFailureException`.
 */
export class ServiceFailureException extends ChimeServiceError {
  declare readonly Code?: ServiceFailureExceptionShape["Code"];
  declare readonly Message?: ServiceFailureExceptionShape["Message"];

  constructor(init: ServiceFailureExceptionShape = {}) {
    super(
      { name: "ServiceFailureException", statusCode: 500, fault: "server" },
      { Code: "ServiceFailure", ...init },
    );
  }
}

/**
 * The service is currently unavailable.
 *
 * Answered with HTTP 503 and `x-amzn-ErrorType: ServiceUnavailableException`.
 */
export class ServiceUnavailableException extends ChimeServiceError {
  declare readonly Code?: ServiceUnavailableExceptionShape["Code"];
  declare readonly Message?: ServiceUnavailableExceptionShape["Message"];

  constructor(init: ServiceUnavailableExceptionShape = {}) {
    super(
      { name: "ServiceUnavailableException", statusCode: 503, fault: "server" },
      { Code: "ServiceUnavailable", ...init },
    );
  }
}

/**
 * The client exceeded its request rate limit.
 *
 * Answered with HTTP 429 and `x-amzn-ErrorType: ThrottledClientException`.
 */
export class ThrottledClientException extends ChimeServiceError {
  declare readonly Code?: ThrottledClientExceptionShape["Code"];
  declare readonly Message?: ThrottledClientExceptionShape["Message"];

  constructor(init: ThrottledClientExceptionShape = {}) {
    super(
      { name: "ThrottledClientException", statusCode: 429, fault: "client" },
      { Code: "Throttled", ...init },
    );
  }
}

/**
 * The client is not currently authorized to make the request.
 *
 * Answered with HTTP 401 and `x-amzn-ErrorType: UnauthorizedClientException`.
 */
export class UnauthorizedClientException extends ChimeServiceError {
  declare readonly Code?: UnauthorizedClientExceptionShape["Code"];
  declare readonly Message?: UnauthorizedClientExceptionShape["Message"];

  constructor(init: UnauthorizedClientExceptionShape = {}) {
    super(
      { name: "UnauthorizedClientException", statusCode: 401, fault: "client" },
      { Code: "Unauthorized", ...init },
    );
  }
}

/**
 * The request was well-formed but was unable to be followed due to semantic errors.
 *
 * Answered with HTTP 422 and `x-amzn-ErrorType: UnprocessableEntityException`.
 */
export class UnprocessableEntityException extends ChimeServiceError {
  declare readonly Code?: UnprocessableEntityExceptionShape["Code"];
  declare readonly Message?: UnprocessableEntityExceptionShape["Message"];

  constructor(init: UnprocessableEntityExceptionShape = {}) {
    super(
      { name: "UnprocessableEntityException", statusCode: 422, fault: "client" },
      { Code: "Unprocessable", ...init },
    );
  }
}

/** Makes each modeled error from a message, for the failures the runtime answers itself. */
export const chimeErrorFactories: ErrorFactories = {
  AccessDeniedException: (message: string) => new AccessDeniedException({ Message: message }),
  BadRequestException: (message: string) => new BadRequestException({ Message: message }),
  ConflictException: (message: string) => new ConflictException({ Message: message }),
  ForbiddenException: (message: string) => new ForbiddenException({ Message: message }),
  NotFoundException: (message: string) => new NotFoundException({ Message: message }),
  ResourceLimitExceededException: (message: string) =>
    new ResourceLimitExceededException({ Message: message }),
  ServiceFailureException: (message: string) => new ServiceFailureException({ Message: message }),
  ServiceUnavailableException: (message: string) =>
    new ServiceUnavailableException({ Message: message }),
  ThrottledClientException: (message: string) => new ThrottledClientException({ Message: message }),
  UnauthorizedClientException: (message: string) =>
    new UnauthorizedClientException({ Message: message }),
  UnprocessableEntityException: (message: string) =>
    new UnprocessableEntityException({ Message: message }),
};
