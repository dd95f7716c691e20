// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { Account } from "../structures/Account.js";

/** The input of GetAccount. */
export interface GetAccountRequest {
  /**
   * The account ID.
   *
   * Required. Sent in the URI path.
   */
  AccountId: string;
}

/** The output of GetAccount. */
export interface GetAccountResponse {
  /**
   * The account.
   *
   * Optional.
   */
  Account?: Account;
}
