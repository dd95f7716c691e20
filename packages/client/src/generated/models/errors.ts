// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { ExceptionOptionType } from "#smithy/smithy-client";
import type { ErrorCode } from "@chimekit/types";
import { ChimeServiceException } from "../../runtime/exceptions.js";
import type { ErrorConstructor } from "../../runtime/schema.js";

/** You don't have permissions to perform the requested operation. */
export class AccessDeniedException extends ChimeServiceException {
  override readonly name = "AccessDeniedException";
  override readonly $fault = "client";
  /** The error code. */
  Code?: ErrorCode;
  /** A message that describes the error. */
  Message?: string;

  constructor(options: ExceptionOptionType<AccessDeniedException, ChimeServiceException>) {
    super({ ...options, name: "AccessDeniedException", $fault: "client" });
    Object.setPrototypeOf(this, AccessDeniedException.prototype);
    this.Code = options.Code;
    this.Message = options.Message;
  }
}

/** The input parameters don't match the service's restrictions. */
export class BadRequestException extends ChimeServiceException {
  override readonly name = "BadRequestException";
  override readonly $fault = "client";
  /** The error code. */
  Code?: ErrorCode;
  /** A message that describes the error. */
  Message?: string;

  constructor(options: ExceptionOptionType<BadRequestException, ChimeServiceException>) {
    super({ ...options, name: "BadRequestException", $fault: "client" });
    Object.setPrototypeOf(this, BadRequestException.prototype);
    this.Code = options.Code;
    this.Message = options.Message;
  }
}

/** The request could not be processed because of conflict in the current state of the resource. */
export class ConflictException extends ChimeServiceException {
  override readonly name = "ConflictException";
  override readonly $fault = "client";
  /** The error code. */
  Code?: ErrorCode;
  /** A message that describes the error. */
  Message?: string;

  constructor(options: ExceptionOptionType<ConflictException, ChimeServiceException>) {
    super({ ...options, name: "ConflictException", $fault: "client" });
    Object.setPrototypeOf(this, ConflictException.prototype);
    this.Code = options.Code;
    this.Message = options.Message;
  }
}

/** The client is permanently forbidden from making the request. */
export class ForbiddenException extends ChimeServiceException {
  override readonly name = "ForbiddenException";
  override readonly $fault = "client";
  /** The error code. */
  Code?: ErrorCode;
  /** A message that describes the error. */
  Message?: string;

  constructor(options: ExceptionOptionType<ForbiddenException, ChimeServiceException>) {
    super({ ...options, name: "ForbiddenException", $fault: "client" });
    Object.setPrototypeOf(this, ForbiddenException.prototype);
    this.Code = options.Code;
    this.Message = options.Message;
  }
}

/** One or more of the resources in the request does not exist in the system. */
export class NotFoundException extends ChimeServiceException {
  override readonly name = "NotFoundException";
  override readonly $fault = "client";
  /** The error code. */
  Code?: ErrorCode;
  /** A message that describes the error. */
  Message?: string;

  constructor(options: ExceptionOptionType<NotFoundException, ChimeServiceException>) {
    super({ ...options, name: "NotFoundException", $fault: "client" });
    Object.setPrototypeOf(this, NotFoundException.prototype);
    this.Code = options.Code;
    this.Message = options.Message;
  }
}

/** The request exceeds the resource limit. */
export class ResourceLimitExceededException extends ChimeServiceException {
  override readonly name = "ResourceLimitExceededException";
  override readonly $fault = "client";
  /** The error code. */
  Code?: ErrorCode;
  /** A message that describes the error. */
  Message?: string;

  constructor(options: ExceptionOptionType<ResourceLimitExceededException, ChimeServiceException>) {
    super({ ...options, name: "ResourceLimitExceededException", $fault: "client" });
    Object.setPrototypeOf(this, ResourceLimitExceededException.prototype);
    this.Code = options.Code;
    this.Message = options.Message;
  }
}

/** The service encountered an unexpected error. */
export class ServiceFailureException extends ChimeServiceException {
  override readonly name = "ServiceFailureException";
  override readonly $fault = "server";
  /** The error code. */
  Code?: ErrorCode;
  /** A message that describes the error. */
  Message?: string;

  constructor(options: ExceptionOptionType<ServiceFailureException, ChimeServiceException>) {
    super({ ...options, name: "ServiceFailureException", $fault: "server" });
    Object.setPrototypeOf(this, ServiceFailureException.prototype);
    this.Code = options.Code;
    this.Message = options.Message;
  }
}

/** The service is currently unavailable. */
export class ServiceUnavailableException extends ChimeServiceException {
  override readonly name = "ServiceUnavailableException";
  override readonly $fault = "server";
  /** The error code. */
  Code?: ErrorCode;
  /** A message that describes the error. */
  Message?: string;

  constructor(options: ExceptionOptionType<ServiceUnavailableException, ChimeServiceException>) {
    super({ ...options, name: "ServiceUnavailableException", $fault: "server" });
    Object.setPrototypeOf(this, ServiceUnavailableException.prototype);
    this.Code = options.Code;
    this.Message = options.Message;
  }
}

/** The client exceeded its request rate limit. */
export class ThrottledClientException extends ChimeServiceException {
  override readonly name = "ThrottledClientException";
  override readonly $fault = "client";
  /** The error code. */
  Code?: ErrorCode;
  /** A message that describes the error. */
  Message?: string;

  constructor(options: ExceptionOptionType<ThrottledClientException, ChimeServiceException>) {
    super({ ...options, name: "ThrottledClientException", $fault: "client" });
    Object.setPrototypeOf(this, ThrottledClientException.prototype);
    this.Code = options.Code;
    this.Message = options.Message;
  }
}

/** The client is not currently authorized to make the request. */
export class UnauthorizedClientException extends ChimeServiceException {
  override readonly name = "UnauthorizedClientException";
  override readonly $fault = "client";
  /** The error code. */
  Code?: ErrorCode;
  /** A message that describes the error. */
  Message?: string;

  constructor(options: ExceptionOptionType<UnauthorizedClientException, ChimeServiceException>) {
    super({ ...options, name: "UnauthorizedClientException", $fault: "client" });
    Object.setPrototypeOf(this, UnauthorizedClientException.prototype);
    this.Code = options.Code;
    this.Message = options.Message;
  }
}

/** The request was well-formed but was unable to be followed due to semantic errors. */
export class UnprocessableEntityException extends ChimeServiceException {
  override readonly name = "UnprocessableEntityException";
  override readonly $fault = "client";
  /** The error code. */
  Code?: ErrorCode;
  /** A message that describes the error. */
  Message?: string;

  constructor(options: ExceptionOptionType<UnprocessableEntityException, ChimeServiceException>) {
    super({ ...options, name: "UnprocessableEntityException", $fault: "client" });
    Object.setPrototypeOf(this, UnprocessableEntityException.prototype);
    this.Code = options.Code;
    this.Message = options.Message;
  }
}

/** Every modeled error of the service by shape name, for the response deserializer. */
export const serviceErrors: Readonly<Record<string, ErrorConstructor>> = {
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
};
