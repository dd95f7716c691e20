// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { ConversationRetentionSettings } from "./ConversationRetentionSettings.js";
import type { RoomRetentionSettings } from "./RoomRetentionSettings.js";

/** The retention settings for an Amazon Chime Enterprise account that determine how long to retain items such as chat-room messages and chat-conversation messages. */
export interface RetentionSettings {
  /**
   * The chat conversation retention settings.
   *
   * Optional.
   */
  ConversationRetentionSettings?: ConversationRetentionSettings;
  /**
   * The chat room retention settings.
   *
   * Optional.
   */
  RoomRetentionSettings?: RoomRetentionSettings;
}
