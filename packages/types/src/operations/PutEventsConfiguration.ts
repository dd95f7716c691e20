// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { EventsConfiguration } from "../structures/EventsConfiguration.js";

/** The input of PutEventsConfiguration. */
export interface PutEventsConfigurationRequest {
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
   * Lambda function ARN that allows the bot to receive outgoing events.
   *
   * Optional.
   */
  LambdaFunctionArn?: string;
  /**
   * HTTPS endpoint that allows the bot to receive outgoing events.
   *
   * Optional.
   */
  OutboundEventsHTTPSEndpoint?: string;
}

/** The output of PutEventsConfiguration. */
export interface PutEventsConfigurationResponse {
  /**
   * The configuration that allows a bot to receive outgoing events. Can be an HTTPS endpoint or an AWS Lambda function ARN.
   *
   * Optional.
   */
  EventsConfiguration?: EventsConfiguration;
}
