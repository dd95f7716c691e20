// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { ErrorCode } from "../enums/ErrorCode.js";

/**
 * One or more of the resources in the request does not exist in the system.
 *
 * An error the service returns with HTTP status 404 (a client fault).
 */
export interface NotFoundException {
  /** Optional. */
  Code?: ErrorCode;
  /** Optional. */
  Message?: string;
}
