// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { MemberError } from "../structures/MemberError.js";
import type { MembershipItem } from "../structures/MembershipItem.js";

/** The input of BatchCreateRoomMembership. */
export interface BatchCreateRoomMembershipRequest {
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
   * The list of membership items.
   *
   * Required. Length: at most 50 items.
   */
  MembershipItemList: MembershipItem[];
}

/** The output of BatchCreateRoomMembership. */
export interface BatchCreateRoomMembershipResponse {
  /**
   * If the action fails for one or more of the member IDs in the request, a list of the member IDs is returned, along with error codes and error messages.
   *
   * Optional.
   */
  Errors?: MemberError[];
}
