// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { ErrorCode } from "../enums/ErrorCode.js";

/**
 * The request exceeds the resource limit.
 *
 * An error the service returns with HTTP status 400 (a client fault).
 */
export interface ResourceLimitExceededException {
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
