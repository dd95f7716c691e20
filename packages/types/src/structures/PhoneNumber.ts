// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { CallingNameStatus } from "../enums/CallingNameStatus.js";
import type { PhoneNumberProductType } from "../enums/PhoneNumberProductType.js";
import type { PhoneNumberStatus } from "../enums/PhoneNumberStatus.js";
import type { PhoneNumberType } from "../enums/PhoneNumberType.js";
import type { PhoneNumberAssociation } from "./PhoneNumberAssociation.js";
import type { PhoneNumberCapabilities } from "./PhoneNumberCapabilities.js";

/** A phone number used for Amazon Chime Business Calling or an Amazon Chime Voice Connector. */
export interface PhoneNumber {
  /**
   * The phone number associations.
   *
   * Optional.
   */
  Associations?: PhoneNumberAssociation[];
  /**
   * The outbound calling name associated with the phone number.
   *
   * Optional. Pattern: `^$|^[a-zA-Z0-9 ]{2,15}$`.
   */
  CallingName?: string;
  /**
   * The outbound calling name status.
   *
   * Optional.
   */
  CallingNameStatus?: CallingNameStatus;
  /**
   * The phone number capabilities.
   *
   * Optional.
   */
  Capabilities?: PhoneNumberCapabilities;
  /**
   * The phone number country. Format: ISO 3166-1 alpha-2.
   *
   * Optional. Pattern: `[A-Z]{2}`.
   */
  Country?: string;
  /**
   * The phone number creation timestamp, in ISO 8601 format.
   *
   * Optional. Sent as an ISO 8601 date-time.
   */
  CreatedTimestamp?: Date;
  /**
   * The deleted phone number timestamp, in ISO 8601 format.
   *
   * Optional. Sent as an ISO 8601 date-time.
   */
  DeletionTimestamp?: Date;
  /**
   * The phone number, in E.164 format.
   *
   * Optional. Pattern: `^\+?[1-9]\d{1,14}$`. Sensitive: keep it out of logs.
   */
  E164PhoneNumber?: string;
  /**
   * The phone number ID.
   *
   * Optional. Sensitive: keep it out of logs.
   */
  PhoneNumberId?: string;
  /**
   * The phone number product type.
   *
   * Optional.
   */
  ProductType?: PhoneNumberProductType;
  /**
   * The phone number status.
   *
   * Optional.
   */
  Status?: PhoneNumberStatus;
  /**
   * The phone number type.
   *
   * Optional.
   */
  Type?: PhoneNumberType;
  /**
   * The updated phone number timestamp, in ISO 8601 format.
   *
   * Optional. Sent as an ISO 8601 date-time.
   */
  UpdatedTimestamp?: Date;
}
