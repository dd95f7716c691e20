// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { SigninDelegateGroup } from "../structures/SigninDelegateGroup.js";

/** The input of AssociateSigninDelegateGroupsWithAccount. */
export interface AssociateSigninDelegateGroupsWithAccountRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The sign-in delegate groups.
   *
   * Required.
   */
  SigninDelegateGroups: SigninDelegateGroup[];
}

/** The output of AssociateSigninDelegateGroupsWithAccount. */
export interface AssociateSigninDelegateGroupsWithAccountResponse {}
