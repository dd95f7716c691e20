// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { ErrorCode } from "../enums/ErrorCode.js";

/**
 * The request was well-formed but was unable to be followed due to semantic errors.
 *
 * An error the service returns with HTTP status 422 (a client fault).
 */
export interface UnprocessableEntityException {
  /**
   * The error code.
   *
   * Optional.
   */
  Code?: ErrorCode;
  /**
   * A message that describes the error.
   *
   * Optional.
   */
  Message?: string;
}
