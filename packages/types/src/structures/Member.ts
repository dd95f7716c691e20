// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { MemberType } from "../enums/MemberType.js";

/** The member details, such as email address, name, member ID, and member type. */
export interface Member {
  /**
   * The Amazon Chime account ID.
   *
   * Optional. Pattern: `.*\S.*`.
   */
  AccountId?: string;
  /**
   * The member email address.
   *
   * Optional. Sensitive: keep it out of logs.
   */
  Email?: string;
  /**
   * The member name.
   *
   * Optional.
   */
  FullName?: string;
  /**
   * The member ID (user ID or bot ID).
   *
   * Optional. Pattern: `.*\S.*`.
   */
  MemberId?: string;
  /**
   * The member type.
   *
   * Optional.
   */
  MemberType?: MemberType;
}
