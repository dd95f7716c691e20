// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { Bot } from "../structures/Bot.js";

/** The input of RegenerateSecurityToken. */
export interface RegenerateSecurityTokenRequest {
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

/** The output of RegenerateSecurityToken. */
export interface RegenerateSecurityTokenResponse {
  /**
   * A resource that allows Enterprise account administrators to configure an interface that receives events from Amazon Chime.
   *
   * Optional.
   */
  Bot?: Bot;
}
