// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { Bot } from "../structures/Bot.js";

/** The input of ListBots. */
export interface ListBotsRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The maximum number of results to return in a single call. The default is 10.
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

/** The output of ListBots. */
export interface ListBotsResponse {
  /**
   * List of bots and bot details.
   *
   * Optional.
   */
  Bots?: Bot[];
  /**
   * The token to use to retrieve the next page of results.
   *
   * Optional.
   */
  NextToken?: string;
}
