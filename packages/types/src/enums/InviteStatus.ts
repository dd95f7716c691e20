// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * The status of a user invitation.
 *
 * One of `Accepted`, `Failed`, `Pending`.
 */
export const InviteStatus = {
  Accepted: "Accepted",
  Failed: "Failed",
  Pending: "Pending",
} as const;
/**
 * The status of a user invitation.
 *
 * One of `Accepted`, `Failed`, `Pending`.
 */
export type InviteStatus = (typeof InviteStatus)[keyof typeof InviteStatus];
