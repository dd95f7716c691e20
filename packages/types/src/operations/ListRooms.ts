// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { Room } from "../structures/Room.js";

/** The input of ListRooms. */
export interface ListRoomsRequest {
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
   * The member ID (user ID or bot ID).
   *
   * Optional. Sent as the query parameter `member-id`.
   */
  MemberId?: string;
  /**
   * The token to use to retrieve the next page of results.
   *
   * Optional. Sent as the query parameter `next-token`.
   */
  NextToken?: string;
}

/** The output of ListRooms. */
export interface ListRoomsResponse {
  /**
   * The token to use to retrieve the next page of results.
   *
   * Optional.
   */
  NextToken?: string;
  /**
   * The room details.
   *
   * Optional.
   */
  Rooms?: Room[];
}
