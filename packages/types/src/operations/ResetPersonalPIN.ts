// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { User } from "../structures/User.js";

/** The input of ResetPersonalPIN. */
export interface ResetPersonalPINRequest {
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

/** The output of ResetPersonalPIN. */
export interface ResetPersonalPINResponse {
  /**
   * The user details and new personal meeting PIN.
   *
   * Optional.
   */
  User?: User;
}
