// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { AccountSettings } from "../structures/AccountSettings.js";

/** The input of GetAccountSettings. */
export interface GetAccountSettingsRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
}

/** The output of GetAccountSettings. */
export interface GetAccountSettingsResponse {
  /**
   * The Amazon Chime account settings.
   *
   * Optional.
   */
  AccountSettings?: AccountSettings;
}
