// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The input of DeleteEventsConfiguration. */
export interface DeleteEventsConfigurationRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The bot ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  BotId: string;
}

/** The output of DeleteEventsConfiguration. */
export interface DeleteEventsConfigurationResponse {}
