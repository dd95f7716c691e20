// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { PhoneNumberAssociationName } from "../enums/PhoneNumberAssociationName.js";
import type { PhoneNumberProductType } from "../enums/PhoneNumberProductType.js";
import type { PhoneNumberStatus } from "../enums/PhoneNumberStatus.js";
import type { PhoneNumber } from "../structures/PhoneNumber.js";

/** The input of ListPhoneNumbers. */
export interface ListPhoneNumbersRequest {
  /**
   * The filter to use to limit the number of results.
   *
   * Optional. Sent as the query parameter `filter-name`.
   */
  FilterName?: PhoneNumberAssociationName;
  /**
   * The value to use for the filter.
   *
   * Optional. Sent as the query parameter `filter-value`.
   */
  FilterValue?: string;
  /**
   * The maximum number of results to return in a single call.
   *
   * Optional. Sent as the query parameter `max-results`. Range: 1 to 99.
   */
  MaxResults?: number;
  /**
   * The token to use to retrieve the next page of results.
   *
   * Optional. Sent as the query parameter `next-token`.
   */
  NextToken?: string;
  /**
   * The phone number product type.
   *
   * Optional. Sent as the query parameter `product-type`.
   */
  ProductType?: PhoneNumberProductType;
  /**
   * The phone number status.
   *
   * Optional. Sent as the query parameter `status`.
   */
  Status?: PhoneNumberStatus;
}

/** The output of ListPhoneNumbers. */
export interface ListPhoneNumbersResponse {
  /**
   * The token to use to retrieve the next page of results.
   *
   * Optional.
   */
  NextToken?: string;
  /**
   * The phone number details.
   *
   * Optional.
   */
  PhoneNumbers?: PhoneNumber[];
}
