// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The input of GetPhoneNumberSettings. */
export interface GetPhoneNumberSettingsRequest {}

/** The output of GetPhoneNumberSettings. */
export interface GetPhoneNumberSettingsResponse {
  /**
   * The default outbound calling name for the account.
   *
   * Optional. Pattern: `^$|^[a-zA-Z0-9 ]{2,15}$`.
   */
  CallingName?: string;
  /**
   * The updated outbound calling name timestamp, in ISO 8601 format.
   *
   * Optional. Sent as an ISO 8601 date-time.
   */
  CallingNameUpdatedTimestamp?: Date;
}
