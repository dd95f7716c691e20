// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The input of AssociatePhoneNumberWithUser. */
export interface AssociatePhoneNumberWithUserRequest {
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
  /**
   * The phone number, in E.164 format.
   *
   * Required. Pattern: `^\+[1-9]\d{1,14}$`. Sensitive: keep it out of logs.
   */
  E164PhoneNumber: string;
}

/** The output of AssociatePhoneNumberWithUser. */
export interface AssociatePhoneNumberWithUserResponse {}
