// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { Account } from "../structures/Account.js";

/** The input of GetAccount. */
export interface GetAccountRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
}

/** The output of GetAccount. */
export interface GetAccountResponse {
  /**
   * The Amazon Chime account details.
   *
   * Optional.
   */
  Account?: Account;
}
