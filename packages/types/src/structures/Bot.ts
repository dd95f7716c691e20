// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { BotType } from "../enums/BotType.js";

/** A resource that allows Enterprise account administrators to configure an interface to receive events from Amazon Chime. */
export interface Bot {
  /**
   * The bot email address.
   *
   * Optional. Sensitive: keep it out of logs.
   */
  BotEmail?: string;
  /**
   * The bot ID.
   *
   * Optional.
   */
  BotId?: string;
  /**
   * The bot type.
   *
   * Optional.
   */
  BotType?: BotType;
  /**
   * The bot creation timestamp, in ISO 8601 format.
   *
   * Optional. Sent as an ISO 8601 date-time.
   */
  CreatedTimestamp?: Date;
  /**
   * When true, the bot is stopped from running in your account.
   *
   * Optional.
   */
  Disabled?: boolean;
  /**
   * The bot display name.
   *
   * Optional.
   */
  DisplayName?: string;
  /**
   * The security token used to authenticate Amazon Chime with the outgoing event endpoint.
   *
   * Optional. Sensitive: keep it out of logs.
   */
  SecurityToken?: string;
  /**
   * The updated bot timestamp, in ISO 8601 format.
   *
   * Optional. Sent as an ISO 8601 date-time.
   */
  UpdatedTimestamp?: Date;
  /**
   * The unique ID for the bot user.
   *
   * Optional.
   */
  UserId?: string;
}
