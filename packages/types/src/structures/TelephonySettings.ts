// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** Settings that allow management of telephony permissions for an Amazon Chime user, such as inbound and outbound calling and text messaging. */
export interface TelephonySettings {
  /**
   * Allows or denies inbound calling.
   *
   * Required.
   */
  InboundCalling: boolean;
  /**
   * Allows or denies outbound calling.
   *
   * Required.
   */
  OutboundCalling: boolean;
  /**
   * Allows or denies SMS messaging.
   *
   * Required.
   */
  SMS: boolean;
}
