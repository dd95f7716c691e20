// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { Bot } from "../structures/Bot.js";

/** The input of CreateBot. */
export interface CreateBotRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The bot display name.
   *
   * Required.
   */
  DisplayName: string;
  /**
   * The domain of the Amazon Chime Enterprise account.
   *
   * Optional. Pattern: `.*\S.*`.
   */
  Domain?: string;
}

/** The output of CreateBot. */
export interface CreateBotResponse {
  /**
   * The bot details.
   *
   * Optional.
   */
  Bot?: Bot;
}
