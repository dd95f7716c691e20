// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The retention settings that determine how long to retain conversation messages for an Amazon Chime Enterprise account. */
export interface ConversationRetentionSettings {
  /**
   * The number of days for which to retain conversation messages.
   *
   * Optional. Range: 1 to 5475.
   */
  RetentionDays?: number;
}
