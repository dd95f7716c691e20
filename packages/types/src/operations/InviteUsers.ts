// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { UserType } from "../enums/UserType.js";
import type { Invite } from "../structures/Invite.js";

/** The input of InviteUsers. */
export interface InviteUsersRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The user email addresses to which to send the email invitation.
   *
   * Required. Length: at most 50 items. Each item: pattern: `.+@.+\..+`. Sensitive: keep it out of logs.
   */
  UserEmailList: string[];
  /**
   * The user type.
   *
   * Optional.
   */
  UserType?: UserType;
}

/** The output of InviteUsers. */
export interface InviteUsersResponse {
  /**
   * The email invitation details.
   *
   * Optional.
   */
  Invites?: Invite[];
}
