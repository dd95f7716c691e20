// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { PhoneNumberType } from "../enums/PhoneNumberType.js";

/** The phone number country. */
export interface PhoneNumberCountry {
  /**
   * The phone number country code. Format: ISO 3166-1 alpha-2.
   *
   * Optional. Pattern: `[A-Z]{2}`.
   */
  CountryCode?: string;
  /**
   * The supported phone number types.
   *
   * Optional.
   */
  SupportedPhoneNumberTypes?: PhoneNumberType[];
}
