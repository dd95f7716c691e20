// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { PhoneNumberProductType } from "../enums/PhoneNumberProductType.js";
import type { PhoneNumberOrder } from "../structures/PhoneNumberOrder.js";

/** The input of CreatePhoneNumberOrder. */
export interface CreatePhoneNumberOrderRequest {
  /**
   * List of phone numbers, in E.164 format.
   *
   * Required. Each item: pattern: `^\+[1-9]\d{1,14}$`. Sensitive: keep it out of logs.
   */
  E164PhoneNumbers: string[];
  /**
   * The phone number product type.
   *
   * Required.
   */
  ProductType: PhoneNumberProductType;
}

/** The output of CreatePhoneNumberOrder. */
export interface CreatePhoneNumberOrderResponse {
  /**
   * The phone number order details.
   *
   * Optional.
   */
  PhoneNumberOrder?: PhoneNumberOrder;
}
