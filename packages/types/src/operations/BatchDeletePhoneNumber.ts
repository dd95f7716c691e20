// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { PhoneNumberError } from "../structures/PhoneNumberError.js";

/** The input of BatchDeletePhoneNumber. */
export interface BatchDeletePhoneNumberRequest {
  /**
   * List of phone number IDs.
   *
   * Required. Length: at least 1 items. Sensitive: keep it out of logs.
   */
  PhoneNumberIds: string[];
}

/** The output of BatchDeletePhoneNumber. */
export interface BatchDeletePhoneNumberResponse {
  /**
   * If the action fails for one or more of the phone numbers in the request, a list of the phone numbers is returned, along with error codes and error messages.
   *
   * Optional.
   */
  PhoneNumberErrors?: PhoneNumberError[];
}
