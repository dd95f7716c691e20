// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { PhoneNumberProductType } from "../enums/PhoneNumberProductType.js";

/** The phone number ID, product type, or calling name fields to update, used with the BatchUpdatePhoneNumber and UpdatePhoneNumber actions. */
export interface UpdatePhoneNumberRequestItem {
  /**
   * The phone number ID to update.
   *
   * Required. Pattern: `.*\S.*`. Sensitive: keep it out of logs.
   */
  PhoneNumberId: string;
  /**
   * The outbound calling name to update.
   *
   * Optional. Pattern: `^$|^[a-zA-Z0-9 ]{2,15}$`.
   */
  CallingName?: string;
  /**
   * The product type to update.
   *
   * Optional.
   */
  ProductType?: PhoneNumberProductType;
}
