// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { Room } from "../structures/Room.js";

/** The input of UpdateRoom. */
export interface UpdateRoomRequest {
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
   * The room name.
   *
   * Optional.
   */
  Name?: string;
}

/** The output of UpdateRoom. */
export interface UpdateRoomResponse {
  /**
   * The room details.
   *
   * Optional.
   */
  Room?: Room;
}
