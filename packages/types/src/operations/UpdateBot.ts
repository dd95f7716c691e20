// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { Bot } from "../structures/Bot.js";

/** The input of UpdateBot. */
export interface UpdateBotRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The bot ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  BotId: string;
  /**
   * When true, stops the specified bot from running in your account.
   *
   * Optional.
   */
  Disabled?: boolean;
}

/** The output of UpdateBot. */
export interface UpdateBotResponse {
  /**
   * The updated bot details.
   *
   * Optional.
   */
  Bot?: Bot;
}
