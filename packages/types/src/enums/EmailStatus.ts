// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * The status of an invitation email.
 *
 * One of `Failed`, `NotSent`, `Sent`.
 */
export const EmailStatus = {
  Failed: "Failed",
  NotSent: "NotSent",
  Sent: "Sent",
} as const;
/**
 * The status of an invitation email.
 *
 * One of `Failed`, `NotSent`, `Sent`.
 */
export type EmailStatus = (typeof EmailStatus)[keyof typeof EmailStatus];
