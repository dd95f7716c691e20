// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { UserType } from "../enums/UserType.js";
import type { User } from "../structures/User.js";

/** The input of ListUsers. */
export interface ListUsersRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The maximum number of results to return in a single call. Defaults to 100.
   *
   * Optional. Sent as the query parameter `max-results`. Range: 1 to 200.
   */
  MaxResults?: number;
  /**
   * The token to use to retrieve the next page of results.
   *
   * Optional. Sent as the query parameter `next-token`.
   */
  NextToken?: string;
  /**
   * Optional. The user email address used to filter results. Maximum 1.
   *
   * Optional. Sent as the query parameter `user-email`. Pattern: `.+@.+\..+`. Sensitive: keep it out of logs.
   */
  UserEmail?: string;
  /**
   * The user type.
   *
   * Optional. Sent as the query parameter `user-type`.
   */
  UserType?: UserType;
}

/** The output of ListUsers. */
export interface ListUsersResponse {
  /**
   * The token to use to retrieve the next page of results.
   *
   * Optional.
   */
  NextToken?: string;
  /**
   * List of users and user details.
   *
   * Optional.
   */
  Users?: User[];
}
