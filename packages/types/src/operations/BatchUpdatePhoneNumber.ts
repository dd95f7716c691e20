// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { PhoneNumberError } from "../structures/PhoneNumberError.js";
import type { UpdatePhoneNumberRequestItem } from "../structures/UpdatePhoneNumberRequestItem.js";

/** The input of BatchUpdatePhoneNumber. */
export interface BatchUpdatePhoneNumberRequest {
  /**
   * The request containing the phone number IDs and product types or calling names to update.
   *
   * Required.
   */
  UpdatePhoneNumberRequestItems: UpdatePhoneNumberRequestItem[];
}

/** The output of BatchUpdatePhoneNumber. */
export interface BatchUpdatePhoneNumberResponse {
  /**
   * If the action fails for one or more of the phone numbers in the request, a list of the phone numbers is returned, along with error codes and error messages.
   *
   * Optional.
   */
  PhoneNumberErrors?: PhoneNumberError[];
}
