// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { PhoneNumberProductType } from "../enums/PhoneNumberProductType.js";
import type { PhoneNumber } from "../structures/PhoneNumber.js";

/** The input of UpdatePhoneNumber. */
export interface UpdatePhoneNumberRequest {
  /**
   * The phone number ID.
   *
   * Required. Sent in the URI path. Sensitive: keep it out of logs.
   */
  PhoneNumberId: string;
  /**
   * The outbound calling name associated with the phone number.
   *
   * Optional. Pattern: `^$|^[a-zA-Z0-9 ]{2,15}$`.
   */
  CallingName?: string;
  /**
   * The product type.
   *
   * Optional.
   */
  ProductType?: PhoneNumberProductType;
}

/** The output of UpdatePhoneNumber. */
export interface UpdatePhoneNumberResponse {
  /**
   * The updated phone number details.
   *
   * Optional.
   */
  PhoneNumber?: PhoneNumber;
}
