// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { PhoneNumber } from "../structures/PhoneNumber.js";

/** The input of RestorePhoneNumber. */
export interface RestorePhoneNumberRequest {
  /**
   * The phone number.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`. Sensitive: keep it out of logs.
   */
  PhoneNumberId: string;
}

/** The output of RestorePhoneNumber. */
export interface RestorePhoneNumberResponse {
  /**
   * The phone number details.
   *
   * Optional.
   */
  PhoneNumber?: PhoneNumber;
}
