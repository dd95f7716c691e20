// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * The status of a phone number order.
 *
 * One of `Failed`, `Partial`, `Processing`, `Successful`.
 */
export const PhoneNumberOrderStatus = {
  Failed: "Failed",
  Partial: "Partial",
  Processing: "Processing",
  Successful: "Successful",
} as const;
/**
 * The status of a phone number order.
 *
 * One of `Failed`, `Partial`, `Processing`, `Successful`.
 */
export type PhoneNumberOrderStatus =
  (typeof PhoneNumberOrderStatus)[keyof typeof PhoneNumberOrderStatus];
