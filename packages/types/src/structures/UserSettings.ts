// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { TelephonySettings } from "./TelephonySettings.js";

/** Settings associated with an Amazon Chime user, including inbound and outbound calling and text messaging. */
export interface UserSettings {
  /**
   * The telephony settings associated with the user.
   *
   * Required.
   */
  Telephony: TelephonySettings;
}
