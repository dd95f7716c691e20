// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { OrderedPhoneNumberStatus } from "../enums/OrderedPhoneNumberStatus.js";

/** A phone number for which an order has been placed. */
export interface OrderedPhoneNumber {
  /**
   * The phone number, in E.164 format.
   *
   * Optional. Pattern: `^\+?[1-9]\d{1,14}$`. Sensitive: keep it out of logs.
   */
  E164PhoneNumber?: string;
  /**
   * The phone number status.
   *
   * Optional.
   */
  Status?: OrderedPhoneNumberStatus;
}
