// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { ErrorCode } from "../enums/ErrorCode.js";

/**
 * The service encountered an unexpected error.
 *
 * An error the service returns with HTTP status 500 (a server fault).
 */
export interface ServiceFailureException {
  /** Optional. */
  Code?: ErrorCode;
  /** Optional. */
  Message?: string;
}
