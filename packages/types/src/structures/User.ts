// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { InviteStatus } from "../enums/InviteStatus.js";
import type { License } from "../enums/License.js";
import type { RegistrationStatus } from "../enums/RegistrationStatus.js";
import type { UserType } from "../enums/UserType.js";
import type { AlexaForBusinessMetadata } from "./AlexaForBusinessMetadata.js";

/** The user on the Amazon Chime account. */
export interface User {
  /**
   * The user ID.
   *
   * Required.
   */
  UserId: string;
  /**
   * The Amazon Chime account ID.
   *
   * Optional.
   */
  AccountId?: string;
  /**
   * The Alexa for Business metadata.
   *
   * Optional.
   */
  AlexaForBusinessMetadata?: AlexaForBusinessMetadata;
  /**
   * The display name of the user.
   *
   * Optional.
   */
  DisplayName?: string;
  /**
   * Date and time when the user is invited to the Amazon Chime account, in ISO 8601 format.
   *
   * Optional. Sent as an ISO 8601 date-time.
   */
  InvitedOn?: Date;
  /**
   * The license type for the user.
   *
   * Optional.
   */
  LicenseType?: License;
  /**
   * The user's personal meeting PIN.
   *
   * Optional. Sensitive: keep it out of logs.
   */
  PersonalPIN?: string;
  /**
   * The primary email address of the user.
   *
   * Optional. Pattern: `.+@.+\..+`. Sensitive: keep it out of logs.
   */
  PrimaryEmail?: string;
  /**
   * The primary phone number associated with the user.
   *
   * Optional. Sensitive: keep it out of logs.
   */
  PrimaryProvisionedNumber?: string;
  /**
   * Date and time when the user is registered, in ISO 8601 format.
   *
   * Optional. Sent as an ISO 8601 date-time.
   */
  RegisteredOn?: Date;
  /**
   * The user invite status.
   *
   * Optional.
   */
  UserInvitationStatus?: InviteStatus;
  /**
   * The user registration status.
   *
   * Optional.
   */
  UserRegistrationStatus?: RegistrationStatus;
  /**
   * The user type.
   *
   * Optional.
   */
  UserType?: UserType;
}
