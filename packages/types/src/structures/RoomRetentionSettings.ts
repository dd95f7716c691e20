// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The retention settings that determine how long to retain chat-room messages for an Amazon Chime Enterprise account. */
export interface RoomRetentionSettings {
  /**
   * The number of days for which to retain chat-room messages.
   *
   * Optional. Range: 1 to 5475.
   */
  RetentionDays?: number;
}
