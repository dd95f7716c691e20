// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * The status of one phone number of a phone number order.
 *
 * One of `Acquired`, `Failed`, `Processing`.
 */
export const OrderedPhoneNumberStatus = {
  Acquired: "Acquired",
  Failed: "Failed",
  Processing: "Processing",
} as const;
/**
 * The status of one phone number of a phone number order.
 *
 * One of `Acquired`, `Failed`, `Processing`.
 */
export type OrderedPhoneNumberStatus =
  (typeof OrderedPhoneNumberStatus)[keyof typeof OrderedPhoneNumberStatus];
