// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { User } from "../structures/User.js";

/** The input of GetUser. */
export interface GetUserRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The user ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  UserId: string;
}

/** The output of GetUser. */
export interface GetUserResponse {
  /**
   * The user details.
   *
   * Optional.
   */
  User?: User;
}
