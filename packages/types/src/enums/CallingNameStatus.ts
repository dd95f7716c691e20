// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * The status of a phone number's outbound calling name.
 *
 * One of `Unassigned`, `UpdateFailed`, `UpdateInProgress`, `UpdateSucceeded`.
 */
export const CallingNameStatus = {
  Unassigned: "Unassigned",
  UpdateFailed: "UpdateFailed",
  UpdateInProgress: "UpdateInProgress",
  UpdateSucceeded: "UpdateSucceeded",
} as const;
/**
 * The status of a phone number's outbound calling name.
 *
 * One of `Unassigned`, `UpdateFailed`, `UpdateInProgress`, `UpdateSucceeded`.
 */
export type CallingNameStatus = (typeof CallingNameStatus)[keyof typeof CallingNameStatus];
