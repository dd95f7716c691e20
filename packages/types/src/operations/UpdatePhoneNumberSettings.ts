// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The input of UpdatePhoneNumberSettings. */
export interface UpdatePhoneNumberSettingsRequest {
  /**
   * The default outbound calling name for the account.
   *
   * Required. Pattern: `^$|^[a-zA-Z0-9 ]{2,15}$`.
   */
  CallingName: string;
}

/** The output of UpdatePhoneNumberSettings. */
export interface UpdatePhoneNumberSettingsResponse {}
