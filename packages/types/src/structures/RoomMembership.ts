// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { RoomMembershipRole } from "../enums/RoomMembershipRole.js";
import type { Member } from "./Member.js";

/** The room membership details. */
export interface RoomMembership {
  /**
   * The identifier of the user that invited the room member.
   *
   * Optional. Pattern: `.*\S.*`.
   */
  InvitedBy?: string;
  /**
   * The member details, such as email address, name, member ID, and member type.
   *
   * Optional.
   */
  Member?: Member;
  /**
   * The membership role.
   *
   * Optional.
   */
  Role?: RoomMembershipRole;
  /**
   * The room ID.
   *
   * Optional. Pattern: `.*\S.*`.
   */
  RoomId?: string;
  /**
   * The room membership update timestamp, in ISO 8601 format.
   *
   * Optional. Sent as an ISO 8601 date-time.
   */
  UpdatedTimestamp?: Date;
}
