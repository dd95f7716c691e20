// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The input of DeleteRoomMembership. */
export interface DeleteRoomMembershipRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The member ID (user ID or bot ID).
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  MemberId: string;
  /**
   * The room ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  RoomId: string;
}

/** The output of DeleteRoomMembership. */
export interface DeleteRoomMembershipResponse {}
