// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * The bot type.
 *
 * One of `ChatBot`.
 */
export const BotType = {
  ChatBot: "ChatBot",
} as const;
/**
 * The bot type.
 *
 * One of `ChatBot`.
 */
export type BotType = (typeof BotType)[keyof typeof BotType];
