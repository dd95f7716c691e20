// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { ErrorCode } from "../enums/ErrorCode.js";

/**
 * The client is not currently authorized to make the request.
 *
 * An error the service returns with HTTP status 401 (a client fault).
 */
export interface UnauthorizedClientException {
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
