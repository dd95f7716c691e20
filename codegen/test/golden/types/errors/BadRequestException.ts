// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { ErrorCode } from "../enums/ErrorCode.js";

/**
 * The input parameters don't match the service's restrictions.
 *
 * An error the service returns with HTTP status 400 (a client fault).
 */
export interface BadRequestException {
  /** Optional. */
  Code?: ErrorCode;
  /** Optional. */
  Message?: string;
}
