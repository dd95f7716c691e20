// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { EmailStatus } from "../enums/EmailStatus.js";
import type { InviteStatus } from "../enums/InviteStatus.js";

/** Invitation object returned after emailing users to invite them to join the Amazon Chime Team account. */
export interface Invite {
  /**
   * The email address to which the invite is sent.
   *
   * Optional. Pattern: `.+@.+\..+`. Sensitive: keep it out of logs.
   */
  EmailAddress?: string;
  /**
   * The status of the invite email.
   *
   * Optional.
   */
  EmailStatus?: EmailStatus;
  /**
   * The invite ID.
   *
   * Optional.
   */
  InviteId?: string;
  /**
   * The status of the invite.
   *
   * Optional.
   */
  Status?: InviteStatus;
}
