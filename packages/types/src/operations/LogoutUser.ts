// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The input of LogoutUser. */
export interface LogoutUserRequest {
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

/** The output of LogoutUser. */
export interface LogoutUserResponse {}
