// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The input of RedactConversationMessage. */
export interface RedactConversationMessageRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The conversation ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  ConversationId: string;
  /**
   * The message ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  MessageId: string;
}

/** The output of RedactConversationMessage. */
export interface RedactConversationMessageResponse {}
