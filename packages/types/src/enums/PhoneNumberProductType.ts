// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * The product type of a phone number.
 *
 * One of `BusinessCalling`, `SipMediaApplicationDialIn`, `VoiceConnector`.
 */
export const PhoneNumberProductType = {
  BusinessCalling: "BusinessCalling",
  SipMediaApplicationDialIn: "SipMediaApplicationDialIn",
  VoiceConnector: "VoiceConnector",
} as const;
/**
 * The product type of a phone number.
 *
 * One of `BusinessCalling`, `SipMediaApplicationDialIn`, `VoiceConnector`.
 */
export type PhoneNumberProductType =
  (typeof PhoneNumberProductType)[keyof typeof PhoneNumberProductType];
