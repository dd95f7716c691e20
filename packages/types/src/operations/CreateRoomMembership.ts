// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { RoomMembershipRole } from "../enums/RoomMembershipRole.js";
import type { RoomMembership } from "../structures/RoomMembership.js";

/** The input of CreateRoomMembership. */
export interface CreateRoomMembershipRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The room ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  RoomId: string;
  /**
   * The Amazon Chime member ID (user ID or bot ID).
   *
   * Required. Pattern: `.*\S.*`.
   */
  MemberId: string;
  /**
   * The role of the member.
   *
   * Optional.
   */
  Role?: RoomMembershipRole;
}

/** The output of CreateRoomMembership. */
export interface CreateRoomMembershipResponse {
  /**
   * The room membership details.
   *
   * Optional.
   */
  RoomMembership?: RoomMembership;
}
