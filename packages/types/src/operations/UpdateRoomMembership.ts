// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { RoomMembershipRole } from "../enums/RoomMembershipRole.js";
import type { RoomMembership } from "../structures/RoomMembership.js";

/** The input of UpdateRoomMembership. */
export interface UpdateRoomMembershipRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The member ID.
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
  /**
   * The role of the member.
   *
   * Optional.
   */
  Role?: RoomMembershipRole;
}

/** The output of UpdateRoomMembership. */
export interface UpdateRoomMembershipResponse {
  /**
   * The room membership details.
   *
   * Optional.
   */
  RoomMembership?: RoomMembership;
}
