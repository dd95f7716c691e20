// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { UserType } from "../enums/UserType.js";
import type { User } from "../structures/User.js";

/** The input of CreateUser. */
export interface CreateUserRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The user's email address.
   *
   * Optional. Pattern: `.+@.+\..+`. Sensitive: keep it out of logs.
   */
  Email?: string;
  /**
   * The user name.
   *
   * Optional.
   */
  Username?: string;
  /**
   * The user type.
   *
   * Optional.
   */
  UserType?: UserType;
}

/** The output of CreateUser. */
export interface CreateUserResponse {
  /**
   * The user on the Amazon Chime account.
   *
   * Optional.
   */
  User?: User;
}
