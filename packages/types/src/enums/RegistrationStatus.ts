// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * The registration status of a user.
 *
 * One of `Registered`, `Suspended`, `Unregistered`.
 */
export const RegistrationStatus = {
  Registered: "Registered",
  Suspended: "Suspended",
  Unregistered: "Unregistered",
} as const;
/**
 * The registration status of a user.
 *
 * One of `Registered`, `Suspended`, `Unregistered`.
 */
export type RegistrationStatus = (typeof RegistrationStatus)[keyof typeof RegistrationStatus];
