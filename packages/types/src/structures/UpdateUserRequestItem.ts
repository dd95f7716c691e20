// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { License } from "../enums/License.js";
import type { UserType } from "../enums/UserType.js";
import type { AlexaForBusinessMetadata } from "./AlexaForBusinessMetadata.js";

/** The user ID and user fields to update, used with the BatchUpdateUser action. */
export interface UpdateUserRequestItem {
  /**
   * The user ID.
   *
   * Required. Pattern: `.*\S.*`.
   */
  UserId: string;
  /**
   * The Alexa for Business metadata.
   *
   * Optional.
   */
  AlexaForBusinessMetadata?: AlexaForBusinessMetadata;
  /**
   * The user license type.
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
