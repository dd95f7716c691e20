// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { BusinessCallingSettings } from "../structures/BusinessCallingSettings.js";
import type { VoiceConnectorSettings } from "../structures/VoiceConnectorSettings.js";

/** The input of GetGlobalSettings. */
export interface GetGlobalSettingsRequest {}

/** The output of GetGlobalSettings. */
export interface GetGlobalSettingsResponse {
  /**
   * The Amazon Chime Business Calling settings.
   *
   * Optional.
   */
  BusinessCalling?: BusinessCallingSettings;
  /**
   * The Amazon Chime Voice Connector settings.
   *
   * Optional.
   */
  VoiceConnector?: VoiceConnectorSettings;
}
