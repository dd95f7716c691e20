// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * The kind of entity a phone number is associated with.
 *
 * One of `AccountId`, `SipRuleId`, `UserId`, `VoiceConnectorGroupId`, `VoiceConnectorId`.
 */
export const PhoneNumberAssociationName = {
  AccountId: "AccountId",
  SipRuleId: "SipRuleId",
  UserId: "UserId",
  VoiceConnectorGroupId: "VoiceConnectorGroupId",
  VoiceConnectorId: "VoiceConnectorId",
} as const;
/**
 * The kind of entity a phone number is associated with.
 *
 * One of `AccountId`, `SipRuleId`, `UserId`, `VoiceConnectorGroupId`, `VoiceConnectorId`.
 */
export type PhoneNumberAssociationName =
  (typeof PhoneNumberAssociationName)[keyof typeof PhoneNumberAssociationName];
