// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * The phone number type.
 *
 * One of `Local`, `TollFree`.
 */
export const PhoneNumberType = {
  Local: "Local",
  TollFree: "TollFree",
} as const;
/**
 * The phone number type.
 *
 * One of `Local`, `TollFree`.
 */
export type PhoneNumberType = (typeof PhoneNumberType)[keyof typeof PhoneNumberType];
