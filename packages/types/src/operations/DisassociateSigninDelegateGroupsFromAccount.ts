// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The input of DisassociateSigninDelegateGroupsFromAccount. */
export interface DisassociateSigninDelegateGroupsFromAccountRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The sign-in delegate group names.
   *
   * Required. Length: at least 1 items.
   */
  GroupNames: string[];
}

/** The output of DisassociateSigninDelegateGroupsFromAccount. */
export interface DisassociateSigninDelegateGroupsFromAccountResponse {}
