// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { Room } from "../structures/Room.js";

/** The input of GetRoom. */
export interface GetRoomRequest {
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
}

/** The output of GetRoom. */
export interface GetRoomResponse {
  /**
   * The room details.
   *
   * Optional.
   */
  Room?: Room;
}
