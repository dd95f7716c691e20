// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { RoomMembership } from "../structures/RoomMembership.js";

/** The input of ListRoomMemberships. */
export interface ListRoomMembershipsRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The maximum number of results to return in a single call.
   *
   * Optional. Sent as the query parameter `max-results`. Range: 1 to 99.
   */
  MaxResults?: number;
  /**
   * The token to use to retrieve the next page of results.
   *
   * Optional. Sent as the query parameter `next-token`.
   */
  NextToken?: string;
  /**
   * The room ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  RoomId: string;
}

/** The output of ListRoomMemberships. */
export interface ListRoomMembershipsResponse {
  /**
   * The token to use to retrieve the next page of results.
   *
   * Optional.
   */
  NextToken?: string;
  /**
   * The room membership details.
   *
   * Optional.
   */
  RoomMemberships?: RoomMembership[];
}
