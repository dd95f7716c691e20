// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { ErrorCode } from "../enums/ErrorCode.js";

/** The list of errors returned when a member action results in an error. */
export interface MemberError {
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
   * The member ID.
   *
   * Optional. Pattern: `.*\S.*`.
   */
  MemberId?: string;
}
