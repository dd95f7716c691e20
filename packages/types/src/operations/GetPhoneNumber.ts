// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { PhoneNumber } from "../structures/PhoneNumber.js";

/** The input of GetPhoneNumber. */
export interface GetPhoneNumberRequest {
  /**
   * The phone number ID.
   *
   * Required. Sent in the URI path. Sensitive: keep it out of logs.
   */
  PhoneNumberId: string;
}

/** The output of GetPhoneNumber. */
export interface GetPhoneNumberResponse {
  /**
   * The phone number details.
   *
   * Optional.
   */
  PhoneNumber?: PhoneNumber;
}
