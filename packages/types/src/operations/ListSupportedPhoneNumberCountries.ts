// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { PhoneNumberProductType } from "../enums/PhoneNumberProductType.js";
import type { PhoneNumberCountry } from "../structures/PhoneNumberCountry.js";

/** The input of ListSupportedPhoneNumberCountries. */
export interface ListSupportedPhoneNumberCountriesRequest {
  /**
   * The phone number product type.
   *
   * Required. Sent as the query parameter `product-type`.
   */
  ProductType: PhoneNumberProductType;
}

/** The output of ListSupportedPhoneNumberCountries. */
export interface ListSupportedPhoneNumberCountriesResponse {
  /**
   * The supported phone number countries.
   *
   * Optional.
   */
  PhoneNumberCountries?: PhoneNumberCountry[];
}
