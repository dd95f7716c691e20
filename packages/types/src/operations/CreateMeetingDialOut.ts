// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The input of CreateMeetingDialOut. */
export interface CreateMeetingDialOutRequest {
  /**
   * The Amazon Chime SDK meeting ID.
   *
   * Required. Sent in the URI path. Pattern: `[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}`.
   */
  MeetingId: string;
  /**
   * Phone number used as the caller ID when the remote party receives a call.
   *
   * Required. Pattern: `^\+?[1-9]\d{1,14}$`. Sensitive: keep it out of logs.
   */
  FromPhoneNumber: string;
  /**
   * Token used by the Amazon Chime SDK attendee. Call the CreateAttendee action to get a join token.
   *
   * Required. Length: 2 to 2048 characters. Pattern: `^[a-zA-Z0-9+/]+$`. Sensitive: keep it out of logs.
   */
  JoinToken: string;
  /**
   * Phone number called when inviting someone to a meeting.
   *
   * Required. Pattern: `^\+?[1-9]\d{1,14}$`. Sensitive: keep it out of logs.
   */
  ToPhoneNumber: string;
}

/** The output of CreateMeetingDialOut. */
export interface CreateMeetingDialOutResponse {
  /**
   * Unique ID that tracks API calls.
   *
   * Optional. Pattern: `[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}`.
   */
  TransactionId?: string;
}
