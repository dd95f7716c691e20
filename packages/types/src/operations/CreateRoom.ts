// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { Room } from "../structures/Room.js";

/** The input of CreateRoom. */
export interface CreateRoomRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The idempotency token for the request.
   *
   * Optional. Length: 2 to 64 characters. Pattern: `[-_a-zA-Z0-9]*`. Sensitive: keep it out of logs. An idempotency token: a unique value per logical request, so retries are safe.
   */
  ClientRequestToken?: string;
  /**
   * The room name.
   *
   * Required.
   */
  Name: string;
}

/** The output of CreateRoom. */
export interface CreateRoomResponse {
  /**
   * The room details.
   *
   * Optional.
   */
  Room?: Room;
}
