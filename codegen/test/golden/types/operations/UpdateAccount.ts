// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { License } from "../enums/License.js";
import type { Account } from "../structures/Account.js";

/** The input of UpdateAccount. */
export interface UpdateAccountRequest {
  /**
   * The account ID.
   *
   * Required. Sent in the URI path.
   */
  AccountId: string;
  /**
   * The new name.
   *
   * Optional. Length: 1 to 100 characters. Pattern: `.*\S.*`.
   */
  Name?: string;
  /**
   * The default license of new users.
   *
   * Optional.
   */
  DefaultLicense?: License;
}

/** The output of UpdateAccount. */
export interface UpdateAccountResponse {
  /**
   * The updated account.
   *
   * Optional.
   */
  Account?: Account;
}
