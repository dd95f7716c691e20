// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * The status of a phone number.
 *
 * One of `AcquireFailed`, `AcquireInProgress`, `Assigned`, `DeleteFailed`, `DeleteInProgress`, `ReleaseFailed`, `ReleaseInProgress`, `Unassigned`.
 */
export const PhoneNumberStatus = {
  AcquireFailed: "AcquireFailed",
  AcquireInProgress: "AcquireInProgress",
  Assigned: "Assigned",
  DeleteFailed: "DeleteFailed",
  DeleteInProgress: "DeleteInProgress",
  ReleaseFailed: "ReleaseFailed",
  ReleaseInProgress: "ReleaseInProgress",
  Unassigned: "Unassigned",
} as const;
/**
 * The status of a phone number.
 *
 * One of `AcquireFailed`, `AcquireInProgress`, `Assigned`, `DeleteFailed`, `DeleteInProgress`, `ReleaseFailed`, `ReleaseInProgress`, `Unassigned`.
 */
export type PhoneNumberStatus = (typeof PhoneNumberStatus)[keyof typeof PhoneNumberStatus];
