// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { ErrorCode } from "../enums/ErrorCode.js";

/** The list of errors returned when errors are encountered during the BatchSuspendUser, BatchUnsuspendUser, or BatchUpdateUser actions. This includes user IDs, error codes, and error messages. */
export interface UserError {
  /**
   * The error code.
   *
   * Optional.
   */
  ErrorCode?: ErrorCode;
  /**
   * The error message.
   *
   * Optional.
   */
  ErrorMessage?: string;
  /**
   * The user ID for which the action failed.
   *
   * Optional. Pattern: `.*\S.*`.
   */
  UserId?: string;
}
