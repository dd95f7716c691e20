// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { AccountStatus } from "../enums/AccountStatus.js";
import type { AccountType } from "../enums/AccountType.js";
import type { License } from "../enums/License.js";
import type { SigninDelegateGroup } from "./SigninDelegateGroup.js";

/** The Amazon Chime account details. An AWS account can have multiple Amazon Chime accounts. */
export interface Account {
  /**
   * The Amazon Chime account ID.
   *
   * Required.
   */
  AccountId: string;
  /**
   * The AWS account ID.
   *
   * Required.
   */
  AwsAccountId: string;
  /**
   * The Amazon Chime account name.
   *
   * Required.
   */
  Name: string;
  /**
   * The status of the account.
   *
   * Optional.
   */
  AccountStatus?: AccountStatus;
  /**
   * The Amazon Chime account type. For more information about different account types, see Managing Your Amazon Chime Accounts in the *Amazon Chime Administration Guide*.
   *
   * Optional.
   */
  AccountType?: AccountType;
  /**
   * The Amazon Chime account creation timestamp, in ISO 8601 format.
   *
   * Optional. Sent as an ISO 8601 date-time.
   */
  CreatedTimestamp?: Date;
  /**
   * The default license for the Amazon Chime account.
   *
   * Optional.
   */
  DefaultLicense?: License;
  /**
   * The sign-in delegate groups associated with the account.
   *
   * Optional.
   */
  SigninDelegateGroups?: SigninDelegateGroup[];
  /**
   * Supported licenses for the Amazon Chime account.
   *
   * Optional.
   */
  SupportedLicenses?: License[];
}
