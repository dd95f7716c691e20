// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { PhoneNumberOrderStatus } from "../enums/PhoneNumberOrderStatus.js";
import type { PhoneNumberProductType } from "../enums/PhoneNumberProductType.js";
import type { OrderedPhoneNumber } from "./OrderedPhoneNumber.js";

/** The details of a phone number order created for Amazon Chime. */
export interface PhoneNumberOrder {
  /**
   * The phone number order creation time stamp, in ISO 8601 format.
   *
   * Optional. Sent as an ISO 8601 date-time.
   */
  CreatedTimestamp?: Date;
  /**
   * The ordered phone number details, such as the phone number in E.164 format and the phone number status.
   *
   * Optional.
   */
  OrderedPhoneNumbers?: OrderedPhoneNumber[];
  /**
   * The phone number order ID.
   *
   * Optional. Pattern: `[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}`.
   */
  PhoneNumberOrderId?: string;
  /**
   * The phone number order product type.
   *
   * Optional.
   */
  ProductType?: PhoneNumberProductType;
  /**
   * The status of the phone number order.
   *
   * Optional.
   */
  Status?: PhoneNumberOrderStatus;
  /**
   * The updated phone number order time stamp, in ISO 8601 format.
   *
   * Optional. Sent as an ISO 8601 date-time.
   */
  UpdatedTimestamp?: Date;
}
