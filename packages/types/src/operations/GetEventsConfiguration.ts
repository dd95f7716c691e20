// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { EventsConfiguration } from "../structures/EventsConfiguration.js";

/** The input of GetEventsConfiguration. */
export interface GetEventsConfigurationRequest {
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

/** The output of GetEventsConfiguration. */
export interface GetEventsConfigurationResponse {
  /**
   * The events configuration details.
   *
   * Optional.
   */
  EventsConfiguration?: EventsConfiguration;
}
