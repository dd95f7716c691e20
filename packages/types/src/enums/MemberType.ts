// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * The type of a chat room member.
 *
 * One of `Bot`, `User`, `Webhook`.
 */
export const MemberType = {
  Bot: "Bot",
  User: "User",
  Webhook: "Webhook",
} as const;
/**
 * The type of a chat room member.
 *
 * One of `Bot`, `User`, `Webhook`.
 */
export type MemberType = (typeof MemberType)[keyof typeof MemberType];
