// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The input of DeletePhoneNumber. */
export interface DeletePhoneNumberRequest {
  /**
   * The phone number ID.
   *
   * Required. Sent in the URI path. Sensitive: keep it out of logs.
   */
  PhoneNumberId: string;
}

/** The output of DeletePhoneNumber. */
export interface DeletePhoneNumberResponse {}
