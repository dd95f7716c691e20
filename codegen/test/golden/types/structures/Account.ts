// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { AccountType } from "../enums/AccountType.js";
import type { License } from "../enums/License.js";

/** An Amazon Chime account. */
export interface Account {
  /**
   * The account ID.
   *
   * Required.
   */
  AccountId: string;
  /**
   * The account name.
   *
   * Required. Length: 1 to 100 characters. Pattern: `.*\S.*`.
   */
  Name: string;
  /**
   * The account type.
   *
   * Optional.
   */
  AccountType?: AccountType;
  /**
   * When the account was created, in ISO 8601 format.
   *
   * Optional. Sent as an ISO 8601 date-time.
   */
  CreatedTimestamp?: Date;
  /**
   * The licenses the account supports.
   *
   * Optional. Length: at most 4 items.
   */
  SupportedLicenses?: License[];
  /**
   * How many users the account has.
   *
   * Optional. Range: at least 0.
   */
  UserCount?: number;
}
