// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { PhoneNumberType } from "../enums/PhoneNumberType.js";

/** The input of SearchAvailablePhoneNumbers. */
export interface SearchAvailablePhoneNumbersRequest {
  /**
   * The area code used to filter results. Only applies to the US.
   *
   * Optional. Sent as the query parameter `area-code`.
   */
  AreaCode?: string;
  /**
   * The city used to filter results. Only applies to the US.
   *
   * Optional. Sent as the query parameter `city`.
   */
  City?: string;
  /**
   * The country used to filter results. Defaults to the US Format: ISO 3166-1 alpha-2.
   *
   * Optional. Sent as the query parameter `country`. Pattern: `[A-Z]{2}`.
   */
  Country?: string;
  /**
   * The maximum number of results to return in a single call.
   *
   * Optional. Sent as the query parameter `max-results`. Range: 1 to 500.
   */
  MaxResults?: number;
  /**
   * The token used to retrieve the next page of results.
   *
   * Optional. Sent as the query parameter `next-token`.
   */
  NextToken?: string;
  /**
   * The phone number type used to filter results. Required for non-US numbers.
   *
   * Optional. Sent as the query parameter `phone-number-type`.
   */
  PhoneNumberType?: PhoneNumberType;
  /**
   * The state used to filter results. Required only if you provide City. Only applies to the US.
   *
   * Optional. Sent as the query parameter `state`.
   */
  State?: string;
  /**
   * The toll-free prefix that you use to filter results. Only applies to the US.
   *
   * Optional. Sent as the query parameter `toll-free-prefix`. Length: exactly 3 characters. Pattern: `^8(00|33|44|55|66|77|88)$`.
   */
  TollFreePrefix?: string;
}

/** The output of SearchAvailablePhoneNumbers. */
export interface SearchAvailablePhoneNumbersResponse {
  /**
   * List of phone numbers, in E.164 format.
   *
   * Optional. Each item: pattern: `^\+[1-9]\d{1,14}$`. Sensitive: keep it out of logs.
   */
  E164PhoneNumbers?: string[];
  /**
   * The token used to retrieve the next page of search results.
   *
   * Optional.
   */
  NextToken?: string;
}
