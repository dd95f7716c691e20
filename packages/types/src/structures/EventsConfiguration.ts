// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The configuration that allows a bot to receive outgoing events. Can be either an HTTPS endpoint or a Lambda function ARN. */
export interface EventsConfiguration {
  /**
   * The bot ID.
   *
   * Optional.
   */
  BotId?: string;
  /**
   * Lambda function ARN that allows a bot to receive outgoing events.
   *
   * Optional.
   */
  LambdaFunctionArn?: string;
  /**
   * HTTPS endpoint that allows a bot to receive outgoing events.
   *
   * Optional.
   */
  OutboundEventsHTTPSEndpoint?: string;
}
