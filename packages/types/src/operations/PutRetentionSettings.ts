// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { RetentionSettings } from "../structures/RetentionSettings.js";

/** The input of PutRetentionSettings. */
export interface PutRetentionSettingsRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The retention settings.
   *
   * Required.
   */
  RetentionSettings: RetentionSettings;
}

/** The output of PutRetentionSettings. */
export interface PutRetentionSettingsResponse {
  /**
   * The timestamp representing the time at which the specified items are permanently deleted, in ISO 8601 format.
   *
   * Optional. Sent as an ISO 8601 date-time.
   */
  InitiateDeletionTimestamp?: Date;
  /**
   * The retention settings.
   *
   * Optional.
   */
  RetentionSettings?: RetentionSettings;
}
