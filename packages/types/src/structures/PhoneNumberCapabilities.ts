// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The phone number capabilities for Amazon Chime Business Calling phone numbers, such as enabled inbound and outbound calling and text messaging. */
export interface PhoneNumberCapabilities {
  /**
   * Allows or denies inbound calling for the specified phone number.
   *
   * Optional.
   */
  InboundCall?: boolean;
  /**
   * Allows or denies inbound MMS messaging for the specified phone number.
   *
   * Optional.
   */
  InboundMMS?: boolean;
  /**
   * Allows or denies inbound SMS messaging for the specified phone number.
   *
   * Optional.
   */
  InboundSMS?: boolean;
  /**
   * Allows or denies outbound calling for the specified phone number.
   *
   * Optional.
   */
  OutboundCall?: boolean;
  /**
   * Allows or denies outbound MMS messaging for the specified phone number.
   *
   * Optional.
   */
  OutboundMMS?: boolean;
  /**
   * Allows or denies outbound SMS messaging for the specified phone number.
   *
   * Optional.
   */
  OutboundSMS?: boolean;
}
