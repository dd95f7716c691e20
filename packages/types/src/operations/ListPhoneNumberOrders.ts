// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { PhoneNumberOrder } from "../structures/PhoneNumberOrder.js";

/** The input of ListPhoneNumberOrders. */
export interface ListPhoneNumberOrdersRequest {
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
}

/** The output of ListPhoneNumberOrders. */
export interface ListPhoneNumberOrdersResponse {
  /**
   * The token to use to retrieve the next page of results.
   *
   * Optional.
   */
  NextToken?: string;
  /**
   * The phone number order details.
   *
   * Optional.
   */
  PhoneNumberOrders?: PhoneNumberOrder[];
}
