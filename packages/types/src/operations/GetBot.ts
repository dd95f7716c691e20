// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { Bot } from "../structures/Bot.js";

/** The input of GetBot. */
export interface GetBotRequest {
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
}

/** The output of GetBot. */
export interface GetBotResponse {
  /**
   * The chat bot details.
   *
   * Optional.
   */
  Bot?: Bot;
}
