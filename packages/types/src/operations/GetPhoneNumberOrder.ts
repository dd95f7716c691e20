// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { PhoneNumberOrder } from "../structures/PhoneNumberOrder.js";

/** The input of GetPhoneNumberOrder. */
export interface GetPhoneNumberOrderRequest {
  /**
   * The ID for the phone number order.
   *
   * Required. Sent in the URI path. Pattern: `[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}`.
   */
  PhoneNumberOrderId: string;
}

/** The output of GetPhoneNumberOrder. */
export interface GetPhoneNumberOrderResponse {
  /**
   * The phone number order details.
   *
   * Optional.
   */
  PhoneNumberOrder?: PhoneNumberOrder;
}
