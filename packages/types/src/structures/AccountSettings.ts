// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** Settings related to the Amazon Chime account. This includes settings that start or stop remote control of shared screens, or start or stop the dial-out option in the Amazon Chime web application. For more information about these settings, see Use the Policies Page in the *Amazon Chime Administration Guide*. */
export interface AccountSettings {
  /**
   * Setting that stops or starts remote control of shared screens during meetings.
   *
   * Optional.
   */
  DisableRemoteControl?: boolean;
  /**
   * Setting that allows meeting participants to choose the **Call me at a phone number** option. For more information, see Join a Meeting without the Amazon Chime App.
   *
   * Optional.
   */
  EnableDialOut?: boolean;
}
