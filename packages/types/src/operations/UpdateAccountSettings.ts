// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { AccountSettings } from "../structures/AccountSettings.js";

/** The input of UpdateAccountSettings. */
export interface UpdateAccountSettingsRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The Amazon Chime account settings to update.
   *
   * Required.
   */
  AccountSettings: AccountSettings;
}

/** The output of UpdateAccountSettings. */
export interface UpdateAccountSettingsResponse {}
