// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { ErrorCode } from "../enums/ErrorCode.js";

/**
 * You don't have permissions to perform the requested operation.
 *
 * An error the service returns with HTTP status 403 (a client fault).
 */
export interface AccessDeniedException {
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
