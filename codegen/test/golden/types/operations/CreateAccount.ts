// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { Account } from "../structures/Account.js";

/** The input of CreateAccount. */
export interface CreateAccountRequest {
  /**
   * The name of the account.
   *
   * Required. Length: 1 to 100 characters. Pattern: `.*\S.*`.
   */
  Name: string;
  /**
   * A unique token for idempotent retries.
   *
   * Optional. An idempotency token: a unique value per logical request, so retries are safe.
   */
  ClientRequestToken?: string;
}

/** The output of CreateAccount. */
export interface CreateAccountResponse {
  /**
   * The new account.
   *
   * Optional.
   */
  Account?: Account;
}
