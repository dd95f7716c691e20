// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { BusinessCallingSettings } from "../structures/BusinessCallingSettings.js";
import type { VoiceConnectorSettings } from "../structures/VoiceConnectorSettings.js";

/** The input of UpdateGlobalSettings. */
export interface UpdateGlobalSettingsRequest {
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

/** The output of UpdateGlobalSettings. */
export interface UpdateGlobalSettingsResponse {}
