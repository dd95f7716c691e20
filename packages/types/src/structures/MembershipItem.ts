// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { RoomMembershipRole } from "../enums/RoomMembershipRole.js";

/** Membership details, such as member ID and member role. */
export interface MembershipItem {
  /**
   * The member ID.
   *
   * Optional. Pattern: `.*\S.*`.
   */
  MemberId?: string;
  /**
   * The member role.
   *
   * Optional.
   */
  Role?: RoomMembershipRole;
}
