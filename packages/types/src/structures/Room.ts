// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The Amazon Chime chat room details. */
export interface Room {
  /**
   * The Amazon Chime account ID.
   *
   * Optional. Pattern: `.*\S.*`.
   */
  AccountId?: string;
  /**
   * The identifier of the room creator.
   *
   * Optional. Pattern: `.*\S.*`.
   */
  CreatedBy?: string;
  /**
   * The room creation timestamp, in ISO 8601 format.
   *
   * Optional. Sent as an ISO 8601 date-time.
   */
  CreatedTimestamp?: Date;
  /**
   * The room name.
   *
   * Optional.
   */
  Name?: string;
  /**
   * The room ID.
   *
   * Optional. Pattern: `.*\S.*`.
   */
  RoomId?: string;
  /**
   * The room update timestamp, in ISO 8601 format.
   *
   * Optional. Sent as an ISO 8601 date-time.
   */
  UpdatedTimestamp?: Date;
}
