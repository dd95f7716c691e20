import {
  AccessDeniedException,
  BadRequestException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  ResourceLimitExceededException,
  ServiceFailureException,
  ServiceUnavailableException,
  ThrottledClientException,
  UnauthorizedClientException,
  UnprocessableEntityException,
  type ChimeServiceError,
} from "@chimekit/server";
import type { ErrorCode } from "@chimekit/types";
import { operationTable, type OperationName } from "../generated/operations.js";
import { ERROR_CODES, type EmulatorError, type ErrorShapeName } from "./engine/errors.js";

type ErrorClass = new (members: { Message?: string; Code?: ErrorCode }) => ChimeServiceError;

const ERROR_CLASSES: Record<ErrorShapeName, ErrorClass> = {
  AccessDeniedException: AccessDeniedException,
  BadRequestException: BadRequestException,
  ConflictException: ConflictException,
  ForbiddenException: ForbiddenException,
  NotFoundException: NotFoundException,
  ResourceLimitExceededException: ResourceLimitExceededException,
  ServiceFailureException: ServiceFailureException,
  ServiceUnavailableException: ServiceUnavailableException,
  ThrottledClientException: ThrottledClientException,
  UnauthorizedClientException: UnauthorizedClientException,
  UnprocessableEntityException: UnprocessableEntityException,
};

export function isModeledError(operation: OperationName, shape: string): boolean {
  return (operationTable[operation].errors as readonly string[]).includes(shape);
}

/**
 * A client can only recognise the errors an operation models. When a rule's
 * natural error is not among them (a missing bot in DeleteEventsConfiguration,
 * which models no NotFoundException), the emulator answers with the
 * operation's BadRequestException and the same message.
 */
export function modeledShape(operation: OperationName, shape: ErrorShapeName): ErrorShapeName {
  return isModeledError(operation, shape) ? shape : "BadRequestException";
}

/** The `@chimekit/server` error the wire carries for a modeled error shape. */
export function serviceError(
  shape: ErrorShapeName,
  message: string,
  code?: string,
): ChimeServiceError {
  const members = { Message: message, Code: (code ?? ERROR_CODES[shape]) as ErrorCode };
  return new ERROR_CLASSES[shape](members);
}

export function toServiceError(operation: OperationName, error: EmulatorError): ChimeServiceError {
  const shape = modeledShape(operation, error.shape);
  return serviceError(shape, error.message, shape === error.shape ? error.code : undefined);
}
