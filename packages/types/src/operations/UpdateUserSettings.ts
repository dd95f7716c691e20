// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { UserSettings } from "../structures/UserSettings.js";

/** The input of UpdateUserSettings. */
export interface UpdateUserSettingsRequest {
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
  /**
   * The user settings to update.
   *
   * Required.
   */
  UserSettings: UserSettings;
}

/** The output of UpdateUserSettings. */
export interface UpdateUserSettingsResponse {}
