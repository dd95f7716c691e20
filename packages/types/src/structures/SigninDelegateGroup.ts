// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** An Active Directory (AD) group whose members are granted permission to act as delegates. */
export interface SigninDelegateGroup {
  /**
   * The group name.
   *
   * Optional. Pattern: `.*\S.*`.
   */
  GroupName?: string;
}
