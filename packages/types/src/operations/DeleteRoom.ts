// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The input of DeleteRoom. */
export interface DeleteRoomRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The chat room ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  RoomId: string;
}

/** The output of DeleteRoom. */
export interface DeleteRoomResponse {}
