// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * The ErrorCode values.
 *
 * One of `BadRequest`, `NotFound`, `ServiceFailure`.
 */
export const ErrorCode = {
  BadRequest: "BadRequest",
  NotFound: "NotFound",
  ServiceFailure: "ServiceFailure",
} as const;
/**
 * The ErrorCode values.
 *
 * One of `BadRequest`, `NotFound`, `ServiceFailure`.
 */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
