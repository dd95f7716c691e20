// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { UserSettings } from "../structures/UserSettings.js";

/** The input of GetUserSettings. */
export interface GetUserSettingsRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path.
   */
  AccountId: string;
  /**
   * The user ID.
   *
   * Required. Sent in the URI path.
   */
  UserId: string;
}

/** The output of GetUserSettings. */
export interface GetUserSettingsResponse {
  /**
   * The user settings.
   *
   * Optional.
   */
  UserSettings?: UserSettings;
}
