// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The input of RedactRoomMessage. */
export interface RedactRoomMessageRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The message ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  MessageId: string;
  /**
   * The room ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  RoomId: string;
}

/** The output of RedactRoomMessage. */
export interface RedactRoomMessageResponse {}
