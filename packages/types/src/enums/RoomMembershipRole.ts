// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * The role of a chat room member.
 *
 * One of `Administrator`, `Member`.
 */
export const RoomMembershipRole = {
  Administrator: "Administrator",
  Member: "Member",
} as const;
/**
 * The role of a chat room member.
 *
 * One of `Administrator`, `Member`.
 */
export type RoomMembershipRole = (typeof RoomMembershipRole)[keyof typeof RoomMembershipRole];
