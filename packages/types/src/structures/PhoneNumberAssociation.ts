// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { PhoneNumberAssociationName } from "../enums/PhoneNumberAssociationName.js";

/** The phone number associations, such as Amazon Chime account ID, Amazon Chime user ID, Amazon Chime Voice Connector ID, or Amazon Chime Voice Connector group ID. */
export interface PhoneNumberAssociation {
  /**
   * The timestamp of the phone number association, in ISO 8601 format.
   *
   * Optional. Sent as an ISO 8601 date-time.
   */
  AssociatedTimestamp?: Date;
  /**
   * Defines the association with an Amazon Chime account ID, user ID, Amazon Chime Voice Connector ID, or Amazon Chime Voice Connector group ID.
   *
   * Optional.
   */
  Name?: PhoneNumberAssociationName;
  /**
   * Contains the ID for the entity specified in Name.
   *
   * Optional.
   */
  Value?: string;
}
