// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The Alexa for Business metadata associated with an Amazon Chime user, used to integrate Alexa for Business with a device. */
export interface AlexaForBusinessMetadata {
  /**
   * The ARN of the room resource.
   *
   * Optional.
   */
  AlexaForBusinessRoomArn?: string;
  /**
   * Starts or stops Alexa for Business.
   *
   * Optional.
   */
  IsAlexaForBusinessEnabled?: boolean;
}
