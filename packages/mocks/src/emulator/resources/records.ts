/**
 * What the emulator stores. Records use the API's member names and values, so
 * a state export reads like API output, with timestamps as ISO 8601 strings
 * (JSON) that the wire mappers turn into `Date`s.
 */

export type AccountType = "Team" | "EnterpriseDirectory" | "EnterpriseLWA" | "EnterpriseOIDC";
export type LicenseName = "Basic" | "Plus" | "Pro" | "ProTrial";
export type UserTypeName = "PrivateUser" | "SharedDevice";
export type ProductType = "BusinessCalling" | "VoiceConnector" | "SipMediaApplicationDialIn";
export type PhoneNumberStatusName =
  | "AcquireInProgress"
  | "AcquireFailed"
  | "Unassigned"
  | "Assigned"
  | "ReleaseInProgress"
  | "DeleteInProgress"
  | "ReleaseFailed"
  | "DeleteFailed";
export type RoomRole = "Administrator" | "Member";

export interface AccountRecord {
  AccountId: string;
  AwsAccountId: string;
  Name: string;
  AccountType: AccountType;
  AccountStatus: "Active" | "Suspended";
  DefaultLicense: LicenseName;
  SupportedLicenses: LicenseName[];
  CreatedTimestamp: string;
  SigninDelegateGroups: { GroupName: string }[];
}

export interface AccountSettingsRecord {
  DisableRemoteControl: boolean;
  EnableDialOut: boolean;
}

export interface RetentionSettingsRecord {
  RetentionSettings: {
    RoomRetentionSettings?: { RetentionDays?: number };
    ConversationRetentionSettings?: { RetentionDays?: number };
  };
  InitiateDeletionTimestamp?: string;
}

export interface UserRecord {
  UserId: string;
  AccountId: string;
  PrimaryEmail?: string;
  DisplayName?: string;
  LicenseType: LicenseName;
  UserType: UserTypeName;
  UserRegistrationStatus: "Unregistered" | "Registered" | "Suspended";
  UserInvitationStatus?: "Pending" | "Accepted" | "Failed";
  InvitedOn?: string;
  RegisteredOn?: string;
  PersonalPIN: string;
  PrimaryProvisionedNumber?: string;
  AlexaForBusinessMetadata?: {
    AlexaForBusinessRoomArn?: string;
    IsAlexaForBusinessEnabled?: boolean;
  };
  /** Not in the API: when LogoutUser last signed the user out everywhere. */
  LastLogoutTimestamp?: string;
}

export interface UserSettingsRecord {
  Telephony: { InboundCalling: boolean; OutboundCalling: boolean; SMS: boolean };
}

export interface BotRecord {
  BotId: string;
  UserId: string;
  AccountId: string;
  DisplayName: string;
  BotType: "ChatBot";
  Disabled: boolean;
  BotEmail: string;
  SecurityToken: string;
  CreatedTimestamp: string;
  UpdatedTimestamp: string;
}

export interface EventsConfigurationRecord {
  BotId: string;
  LambdaFunctionArn?: string;
  OutboundEventsHTTPSEndpoint?: string;
}

export interface RoomRecord {
  RoomId: string;
  AccountId: string;
  Name: string;
  CreatedBy: string;
  CreatedTimestamp: string;
  UpdatedTimestamp: string;
  ClientRequestToken?: string;
}

export interface RoomMembershipRecord {
  RoomId: string;
  MemberId: string;
  MemberType: "User" | "Bot";
  Role: RoomRole;
  InvitedBy: string;
  UpdatedTimestamp: string;
}

export interface PhoneNumberAssociationRecord {
  Name: "AccountId" | "UserId" | "VoiceConnectorId" | "VoiceConnectorGroupId" | "SipRuleId";
  Value: string;
  AssociatedTimestamp: string;
}

export interface PhoneNumberRecord {
  PhoneNumberId: string;
  E164PhoneNumber: string;
  Country: string;
  Type: "Local" | "TollFree";
  ProductType: ProductType;
  Status: PhoneNumberStatusName;
  Capabilities: {
    InboundCall: boolean;
    OutboundCall: boolean;
    InboundSMS: boolean;
    OutboundSMS: boolean;
    InboundMMS: boolean;
    OutboundMMS: boolean;
  };
  Associations: PhoneNumberAssociationRecord[];
  CallingName?: string;
  CallingNameStatus: "Unassigned" | "UpdateInProgress" | "UpdateSucceeded" | "UpdateFailed";
  CreatedTimestamp: string;
  UpdatedTimestamp: string;
  DeletionTimestamp?: string;
  /** Not in the API: the order that reserved the number, until the order completes. */
  PhoneNumberOrderId?: string;
}

export interface OrderedPhoneNumberRecord {
  E164PhoneNumber: string;
  Status: "Processing" | "Acquired" | "Failed";
}

export interface PhoneNumberOrderRecord {
  PhoneNumberOrderId: string;
  ProductType: ProductType;
  Status: "Processing" | "Successful" | "Failed" | "Partial";
  OrderedPhoneNumbers: OrderedPhoneNumberRecord[];
  CreatedTimestamp: string;
  UpdatedTimestamp: string;
}

export interface GlobalSettingsRecord {
  BusinessCalling?: { CdrBucket?: string };
  VoiceConnector?: { CdrBucket?: string };
}

export interface PhoneNumberSettingsRecord {
  CallingName?: string;
  CallingNameUpdatedTimestamp?: string;
}

/** Not in the API's data types: what the redact operations leave behind, for tests to inspect. */
export interface RedactionRecord {
  RedactionId: string;
  AccountId: string;
  MessageId: string;
  ConversationId?: string;
  RoomId?: string;
  RedactedBy: string;
  RedactedTimestamp: string;
}

/** Not in the API's data types: a dial-out CreateMeetingDialOut started. */
export interface MeetingDialOutRecord {
  TransactionId: string;
  MeetingId: string;
  FromPhoneNumber: string;
  ToPhoneNumber: string;
  CreatedTimestamp: string;
}
