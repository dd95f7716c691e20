// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { Account } from "../structures/Account.js";

/** The input of ListAccounts. */
export interface ListAccountsRequest {
  /**
   * The maximum number of results to return in a single call. Defaults to 100.
   *
   * Optional. Sent as the query parameter `max-results`. Range: 1 to 200.
   */
  MaxResults?: number;
  /**
   * Amazon Chime account name prefix with which to filter results.
   *
   * Optional. Sent as the query parameter `name`. Length: 1 to 100 characters. Pattern: `.*\S.*`.
   */
  Name?: string;
  /**
   * The token to use to retrieve the next page of results.
   *
   * Optional. Sent as the query parameter `next-token`.
   */
  NextToken?: string;
  /**
   * User email address with which to filter results.
   *
   * Optional. Sent as the query parameter `user-email`. Pattern: `.+@.+\..+`. Sensitive: keep it out of logs.
   */
  UserEmail?: string;
}

/** The output of ListAccounts. */
export interface ListAccountsResponse {
  /**
   * List of Amazon Chime accounts and account details.
   *
   * Optional.
   */
  Accounts?: Account[];
  /**
   * The token to use to retrieve the next page of results.
   *
   * Optional.
   */
  NextToken?: string;
}
