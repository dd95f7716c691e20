// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { License } from "../enums/License.js";
import type { Account } from "../structures/Account.js";

/** The input of UpdateAccount. */
export interface UpdateAccountRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The default license applied when you add users to an Amazon Chime account.
   *
   * Optional.
   */
  DefaultLicense?: License;
  /**
   * The new name for the specified Amazon Chime account.
   *
   * Optional. Length: 1 to 100 characters. Pattern: `.*\S.*`.
   */
  Name?: string;
}

/** The output of UpdateAccount. */
export interface UpdateAccountResponse {
  /**
   * The updated Amazon Chime account details.
   *
   * Optional.
   */
  Account?: Account;
}
