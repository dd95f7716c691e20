// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { ErrorCode } from "../enums/ErrorCode.js";

/**
 * The client is permanently forbidden from making the request.
 *
 * An error the service returns with HTTP status 403 (a client fault).
 */
export interface ForbiddenException {
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
