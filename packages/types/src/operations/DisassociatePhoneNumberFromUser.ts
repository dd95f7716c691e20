// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The input of DisassociatePhoneNumberFromUser. */
export interface DisassociatePhoneNumberFromUserRequest {
  /**
   * The Amazon Chime account ID.
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

/** The output of DisassociatePhoneNumberFromUser. */
export interface DisassociatePhoneNumberFromUserResponse {}
