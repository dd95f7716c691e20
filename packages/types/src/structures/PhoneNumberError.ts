// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { ErrorCode } from "../enums/ErrorCode.js";

/** If the phone number action fails for one or more of the phone numbers in the request, a list of the phone numbers is returned, along with error codes and error messages. */
export interface PhoneNumberError {
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
   * The phone number ID for which the action failed.
   *
   * Optional. Pattern: `.*\S.*`. Sensitive: keep it out of logs.
   */
  PhoneNumberId?: string;
}
