// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { Account } from "../structures/Account.js";

/** The input of ListAccounts. */
export interface ListAccountsRequest {
  /**
   * Only the account with this name.
   *
   * Optional. Sent as the query parameter `name`. Length: 1 to 100 characters. Pattern: `.*\S.*`.
   */
  Name?: string;
  /**
   * Only the account of the user with this email address.
   *
   * Optional. Sent as the query parameter `user-email`. Pattern: `.+@.+\..+`. Sensitive: keep it out of logs.
   */
  UserEmail?: string;
  /**
   * The token of the next page.
   *
   * Optional. Sent as the query parameter `next-token`.
   */
  NextToken?: string;
  /**
   * The most results in one page.
   *
   * Optional. Sent as the query parameter `max-results`. Range: 1 to 200.
   */
  MaxResults?: number;
}

/** The output of ListAccounts. */
export interface ListAccountsResponse {
  /**
   * The accounts.
   *
   * Optional.
   */
  Accounts?: Account[];
  /**
   * The token of the next page.
   *
   * Optional.
   */
  NextToken?: string;
}
