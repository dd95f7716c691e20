// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * The user type.
 *
 * One of `PrivateUser`, `SharedDevice`.
 */
export const UserType = {
  PrivateUser: "PrivateUser",
  SharedDevice: "SharedDevice",
} as const;
/**
 * The user type.
 *
 * One of `PrivateUser`, `SharedDevice`.
 */
export type UserType = (typeof UserType)[keyof typeof UserType];
