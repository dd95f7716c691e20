// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { Account } from "../structures/Account.js";

/** The input of CreateAccount. */
export interface CreateAccountRequest {
  /**
   * The name of the Amazon Chime account.
   *
   * Required. Length: 1 to 100 characters. Pattern: `.*\S.*`.
   */
  Name: string;
}

/** The output of CreateAccount. */
export interface CreateAccountResponse {
  /**
   * The Amazon Chime account details.
   *
   * Optional.
   */
  Account?: Account;
}
