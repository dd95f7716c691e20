// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * The error code of a failed request or of one failed item of a batch request.
 *
 * One of `AccessDenied`, `BadRequest`, `Conflict`, `Forbidden`, `NotFound`, `PhoneNumberAssociationsExist`, `PreconditionFailed`, `ResourceLimitExceeded`, `ServiceFailure`, `ServiceUnavailable`, `Throttled`, `Throttling`, `Unauthorized`, `Unprocessable`, `VoiceConnectorGroupAssociationsExist`.
 */
export const ErrorCode = {
  AccessDenied: "AccessDenied",
  BadRequest: "BadRequest",
  Conflict: "Conflict",
  Forbidden: "Forbidden",
  NotFound: "NotFound",
  PhoneNumberAssociationsExist: "PhoneNumberAssociationsExist",
  PreconditionFailed: "PreconditionFailed",
  ResourceLimitExceeded: "ResourceLimitExceeded",
  ServiceFailure: "ServiceFailure",
  ServiceUnavailable: "ServiceUnavailable",
  Throttled: "Throttled",
  Throttling: "Throttling",
  Unauthorized: "Unauthorized",
  Unprocessable: "Unprocessable",
  VoiceConnectorGroupAssociationsExist: "VoiceConnectorGroupAssociationsExist",
} as const;
/**
 * The error code of a failed request or of one failed item of a batch request.
 *
 * One of `AccessDenied`, `BadRequest`, `Conflict`, `Forbidden`, `NotFound`, `PhoneNumberAssociationsExist`, `PreconditionFailed`, `ResourceLimitExceeded`, `ServiceFailure`, `ServiceUnavailable`, `Throttled`, `Throttling`, `Unauthorized`, `Unprocessable`, `VoiceConnectorGroupAssociationsExist`.
 */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
