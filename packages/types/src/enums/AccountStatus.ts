// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * The status of an Amazon Chime account.
 *
 * One of `Active`, `Suspended`.
 */
export const AccountStatus = {
  Active: "Active",
  Suspended: "Suspended",
} as const;
/**
 * The status of an Amazon Chime account.
 *
 * One of `Active`, `Suspended`.
 */
export type AccountStatus = (typeof AccountStatus)[keyof typeof AccountStatus];
