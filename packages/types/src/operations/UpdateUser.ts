// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { License } from "../enums/License.js";
import type { UserType } from "../enums/UserType.js";
import type { AlexaForBusinessMetadata } from "../structures/AlexaForBusinessMetadata.js";
import type { User } from "../structures/User.js";

/** The input of UpdateUser. */
export interface UpdateUserRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The user ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  UserId: string;
  /**
   * The Alexa for Business metadata.
   *
   * Optional.
   */
  AlexaForBusinessMetadata?: AlexaForBusinessMetadata;
  /**
   * The user license type to update. This must be a supported license type for the Amazon Chime account that the user belongs to.
   *
   * Optional.
   */
  LicenseType?: License;
  /**
   * The user type.
   *
   * Optional.
   */
  UserType?: UserType;
}

/** The output of UpdateUser. */
export interface UpdateUserResponse {
  /**
   * The updated user details.
   *
   * Optional.
   */
  User?: User;
}
