// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The input of DeleteAccount. */
export interface DeleteAccountRequest {
  /**
   * The account ID.
   *
   * Required. Sent in the URI path.
   */
  AccountId: string;
}

/** The output of DeleteAccount. */
export interface DeleteAccountResponse {}
