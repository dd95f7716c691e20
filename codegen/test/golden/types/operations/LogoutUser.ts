// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The input of LogoutUser. */
export interface LogoutUserRequest {
  /**
   * The account ID.
   *
   * Required. Sent in the URI path.
   */
  AccountId: string;
  /**
   * The user ID.
   *
   * Required. Sent in the URI path.
   */
  UserId: string;
}

/** The output of LogoutUser. */
export interface LogoutUserResponse {}
