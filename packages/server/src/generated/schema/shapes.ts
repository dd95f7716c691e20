// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { StructureSchema } from "../../runtime/index.js";
/** Structures nested in inputs, outputs and errors. */
export const sharedStructureSchemas: Readonly<Record<string, StructureSchema>> = {
  Account: {
    members: [
      { name: "AccountId", required: true, value: { type: "string" }, location: { in: "body" } },
      { name: "AwsAccountId", required: true, value: { type: "string" }, location: { in: "body" } },
      { name: "Name", required: true, value: { type: "string" }, location: { in: "body" } },
      {
        name: "AccountStatus",
        value: { type: "enum", enum: "AccountStatus" },
        location: { in: "body" },
      },
      {
        name: "AccountType",
        value: { type: "enum", enum: "AccountType" },
        location: { in: "body" },
      },
      {
        name: "CreatedTimestamp",
        value: { type: "timestamp", format: "date-time" },
        location: { in: "body" },
      },
      {
        name: "DefaultLicense",
        value: { type: "enum", enum: "License" },
        location: { in: "body" },
      },
      {
        name: "SigninDelegateGroups",
        value: { type: "list", member: { type: "structure", structure: "SigninDelegateGroup" } },
        location: { in: "body" },
      },
      {
        name: "SupportedLicenses",
        value: { type: "list", member: { type: "enum", enum: "License" } },
        location: { in: "body" },
      },
    ],
  },
  AccountSettings: {
    members: [
      { name: "DisableRemoteControl", value: { type: "boolean" }, location: { in: "body" } },
      { name: "EnableDialOut", value: { type: "boolean" }, location: { in: "body" } },
    ],
  },
  AlexaForBusinessMetadata: {
    members: [
      { name: "AlexaForBusinessRoomArn", value: { type: "string" }, location: { in: "body" } },
      { name: "IsAlexaForBusinessEnabled", value: { type: "boolean" }, location: { in: "body" } },
    ],
  },
  Bot: {
    members: [
      { name: "BotEmail", value: { type: "string", sensitive: true }, location: { in: "body" } },
      { name: "BotId", value: { type: "string" }, location: { in: "body" } },
      { name: "BotType", value: { type: "enum", enum: "BotType" }, location: { in: "body" } },
      {
        name: "CreatedTimestamp",
        value: { type: "timestamp", format: "date-time" },
        location: { in: "body" },
      },
      { name: "Disabled", value: { type: "boolean" }, location: { in: "body" } },
      { name: "DisplayName", value: { type: "string" }, location: { in: "body" } },
      {
        name: "SecurityToken",
        value: { type: "string", sensitive: true },
        location: { in: "body" },
      },
      {
        name: "UpdatedTimestamp",
        value: { type: "timestamp", format: "date-time" },
        location: { in: "body" },
      },
      { name: "UserId", value: { type: "string" }, location: { in: "body" } },
    ],
  },
  BusinessCallingSettings: {
    members: [{ name: "CdrBucket", value: { type: "string" }, location: { in: "body" } }],
  },
  ConversationRetentionSettings: {
    members: [
      {
        name: "RetentionDays",
        value: { type: "integer", range: { min: 1, max: 5475 } },
        location: { in: "body" },
      },
    ],
  },
  EventsConfiguration: {
    members: [
      { name: "BotId", value: { type: "string" }, location: { in: "body" } },
      { name: "LambdaFunctionArn", value: { type: "string" }, location: { in: "body" } },
      { name: "OutboundEventsHTTPSEndpoint", value: { type: "string" }, location: { in: "body" } },
    ],
  },
  Invite: {
    members: [
      {
        name: "EmailAddress",
        value: { type: "string", pattern: ".+@.+\\..+", sensitive: true },
        location: { in: "body" },
      },
      {
        name: "EmailStatus",
        value: { type: "enum", enum: "EmailStatus" },
        location: { in: "body" },
      },
      { name: "InviteId", value: { type: "string" }, location: { in: "body" } },
      { name: "Status", value: { type: "enum", enum: "InviteStatus" }, location: { in: "body" } },
    ],
  },
  Member: {
    members: [
      {
        name: "AccountId",
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "body" },
      },
      { name: "Email", value: { type: "string", sensitive: true }, location: { in: "body" } },
      { name: "FullName", value: { type: "string" }, location: { in: "body" } },
      { name: "MemberId", value: { type: "string", pattern: ".*\\S.*" }, location: { in: "body" } },
      { name: "MemberType", value: { type: "enum", enum: "MemberType" }, location: { in: "body" } },
    ],
  },
  MemberError: {
    members: [
      { name: "ErrorCode", value: { type: "enum", enum: "ErrorCode" }, location: { in: "body" } },
      { name: "ErrorMessage", value: { type: "string" }, location: { in: "body" } },
      { name: "MemberId", value: { type: "string", pattern: ".*\\S.*" }, location: { in: "body" } },
    ],
  },
  MembershipItem: {
    members: [
      { name: "MemberId", value: { type: "string", pattern: ".*\\S.*" }, location: { in: "body" } },
      {
        name: "Role",
        value: { type: "enum", enum: "RoomMembershipRole" },
        location: { in: "body" },
      },
    ],
  },
  OrderedPhoneNumber: {
    members: [
      {
        name: "E164PhoneNumber",
        value: { type: "string", pattern: "^\\+?[1-9]\\d{1,14}$", sensitive: true },
        location: { in: "body" },
      },
      {
        name: "Status",
        value: { type: "enum", enum: "OrderedPhoneNumberStatus" },
        location: { in: "body" },
      },
    ],
  },
  PhoneNumber: {
    members: [
      {
        name: "Associations",
        value: { type: "list", member: { type: "structure", structure: "PhoneNumberAssociation" } },
        location: { in: "body" },
      },
      {
        name: "CallingName",
        value: { type: "string", pattern: "^$|^[a-zA-Z0-9 ]{2,15}$" },
        location: { in: "body" },
      },
      {
        name: "CallingNameStatus",
        value: { type: "enum", enum: "CallingNameStatus" },
        location: { in: "body" },
      },
      {
        name: "Capabilities",
        value: { type: "structure", structure: "PhoneNumberCapabilities" },
        location: { in: "body" },
      },
      { name: "Country", value: { type: "string", pattern: "[A-Z]{2}" }, location: { in: "body" } },
      {
        name: "CreatedTimestamp",
        value: { type: "timestamp", format: "date-time" },
        location: { in: "body" },
      },
      {
        name: "DeletionTimestamp",
        value: { type: "timestamp", format: "date-time" },
        location: { in: "body" },
      },
      {
        name: "E164PhoneNumber",
        value: { type: "string", pattern: "^\\+?[1-9]\\d{1,14}$", sensitive: true },
        location: { in: "body" },
      },
      {
        name: "PhoneNumberId",
        value: { type: "string", sensitive: true },
        location: { in: "body" },
      },
      {
        name: "ProductType",
        value: { type: "enum", enum: "PhoneNumberProductType" },
        location: { in: "body" },
      },
      {
        name: "Status",
        value: { type: "enum", enum: "PhoneNumberStatus" },
        location: { in: "body" },
      },
      { name: "Type", value: { type: "enum", enum: "PhoneNumberType" }, location: { in: "body" } },
      {
        name: "UpdatedTimestamp",
        value: { type: "timestamp", format: "date-time" },
        location: { in: "body" },
      },
    ],
  },
  PhoneNumberAssociation: {
    members: [
      {
        name: "AssociatedTimestamp",
        value: { type: "timestamp", format: "date-time" },
        location: { in: "body" },
      },
      {
        name: "Name",
        value: { type: "enum", enum: "PhoneNumberAssociationName" },
        location: { in: "body" },
      },
      { name: "Value", value: { type: "string" }, location: { in: "body" } },
    ],
  },
  PhoneNumberCapabilities: {
    members: [
      { name: "InboundCall", value: { type: "boolean" }, location: { in: "body" } },
      { name: "InboundMMS", value: { type: "boolean" }, location: { in: "body" } },
      { name: "InboundSMS", value: { type: "boolean" }, location: { in: "body" } },
      { name: "OutboundCall", value: { type: "boolean" }, location: { in: "body" } },
      { name: "OutboundMMS", value: { type: "boolean" }, location: { in: "body" } },
      { name: "OutboundSMS", value: { type: "boolean" }, location: { in: "body" } },
    ],
  },
  PhoneNumberCountry: {
    members: [
      {
        name: "CountryCode",
        value: { type: "string", pattern: "[A-Z]{2}" },
        location: { in: "body" },
      },
      {
        name: "SupportedPhoneNumberTypes",
        value: { type: "list", member: { type: "enum", enum: "PhoneNumberType" } },
        location: { in: "body" },
      },
    ],
  },
  PhoneNumberError: {
    members: [
      { name: "ErrorCode", value: { type: "enum", enum: "ErrorCode" }, location: { in: "body" } },
      { name: "ErrorMessage", value: { type: "string" }, location: { in: "body" } },
      {
        name: "PhoneNumberId",
        value: { type: "string", pattern: ".*\\S.*", sensitive: true },
        location: { in: "body" },
      },
    ],
  },
  PhoneNumberOrder: {
    members: [
      {
        name: "CreatedTimestamp",
        value: { type: "timestamp", format: "date-time" },
        location: { in: "body" },
      },
      {
        name: "OrderedPhoneNumbers",
        value: { type: "list", member: { type: "structure", structure: "OrderedPhoneNumber" } },
        location: { in: "body" },
      },
      {
        name: "PhoneNumberOrderId",
        value: { type: "string", pattern: "[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}" },
        location: { in: "body" },
      },
      {
        name: "ProductType",
        value: { type: "enum", enum: "PhoneNumberProductType" },
        location: { in: "body" },
      },
      {
        name: "Status",
        value: { type: "enum", enum: "PhoneNumberOrderStatus" },
        location: { in: "body" },
      },
      {
        name: "UpdatedTimestamp",
        value: { type: "timestamp", format: "date-time" },
        location: { in: "body" },
      },
    ],
  },
  RetentionSettings: {
    members: [
      {
        name: "ConversationRetentionSettings",
        value: { type: "structure", structure: "ConversationRetentionSettings" },
        location: { in: "body" },
      },
      {
        name: "RoomRetentionSettings",
        value: { type: "structure", structure: "RoomRetentionSettings" },
        location: { in: "body" },
      },
    ],
  },
  Room: {
    members: [
      {
        name: "AccountId",
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "body" },
      },
      {
        name: "CreatedBy",
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "body" },
      },
      {
        name: "CreatedTimestamp",
        value: { type: "timestamp", format: "date-time" },
        location: { in: "body" },
      },
      { name: "Name", value: { type: "string" }, location: { in: "body" } },
      { name: "RoomId", value: { type: "string", pattern: ".*\\S.*" }, location: { in: "body" } },
      {
        name: "UpdatedTimestamp",
        value: { type: "timestamp", format: "date-time" },
        location: { in: "body" },
      },
    ],
  },
  RoomMembership: {
    members: [
      {
        name: "InvitedBy",
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "body" },
      },
      {
        name: "Member",
        value: { type: "structure", structure: "Member" },
        location: { in: "body" },
      },
      {
        name: "Role",
        value: { type: "enum", enum: "RoomMembershipRole" },
        location: { in: "body" },
      },
      { name: "RoomId", value: { type: "string", pattern: ".*\\S.*" }, location: { in: "body" } },
      {
        name: "UpdatedTimestamp",
        value: { type: "timestamp", format: "date-time" },
        location: { in: "body" },
      },
    ],
  },
  RoomRetentionSettings: {
    members: [
      {
        name: "RetentionDays",
        value: { type: "integer", range: { min: 1, max: 5475 } },
        location: { in: "body" },
      },
    ],
  },
  SigninDelegateGroup: {
    members: [
      {
        name: "GroupName",
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "body" },
      },
    ],
  },
  TelephonySettings: {
    members: [
      {
        name: "InboundCalling",
        required: true,
        value: { type: "boolean" },
        location: { in: "body" },
      },
      {
        name: "OutboundCalling",
        required: true,
        value: { type: "boolean" },
        location: { in: "body" },
      },
      { name: "SMS", required: true, value: { type: "boolean" }, location: { in: "body" } },
    ],
  },
  UpdatePhoneNumberRequestItem: {
    members: [
      {
        name: "PhoneNumberId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*", sensitive: true },
        location: { in: "body" },
      },
      {
        name: "CallingName",
        value: { type: "string", pattern: "^$|^[a-zA-Z0-9 ]{2,15}$" },
        location: { in: "body" },
      },
      {
        name: "ProductType",
        value: { type: "enum", enum: "PhoneNumberProductType" },
        location: { in: "body" },
      },
    ],
  },
  UpdateUserRequestItem: {
    members: [
      {
        name: "UserId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "body" },
      },
      {
        name: "AlexaForBusinessMetadata",
        value: { type: "structure", structure: "AlexaForBusinessMetadata" },
        location: { in: "body" },
      },
      { name: "LicenseType", value: { type: "enum", enum: "License" }, location: { in: "body" } },
      { name: "UserType", value: { type: "enum", enum: "UserType" }, location: { in: "body" } },
    ],
  },
  User: {
    members: [
      { name: "UserId", required: true, value: { type: "string" }, location: { in: "body" } },
      { name: "AccountId", value: { type: "string" }, location: { in: "body" } },
      {
        name: "AlexaForBusinessMetadata",
        value: { type: "structure", structure: "AlexaForBusinessMetadata" },
        location: { in: "body" },
      },
      { name: "DisplayName", value: { type: "string" }, location: { in: "body" } },
      {
        name: "InvitedOn",
        value: { type: "timestamp", format: "date-time" },
        location: { in: "body" },
      },
      { name: "LicenseType", value: { type: "enum", enum: "License" }, location: { in: "body" } },
      { name: "PersonalPIN", value: { type: "string", sensitive: true }, location: { in: "body" } },
      {
        name: "PrimaryEmail",
        value: { type: "string", pattern: ".+@.+\\..+", sensitive: true },
        location: { in: "body" },
      },
      {
        name: "PrimaryProvisionedNumber",
        value: { type: "string", sensitive: true },
        location: { in: "body" },
      },
      {
        name: "RegisteredOn",
        value: { type: "timestamp", format: "date-time" },
        location: { in: "body" },
      },
      {
        name: "UserInvitationStatus",
        value: { type: "enum", enum: "InviteStatus" },
        location: { in: "body" },
      },
      {
        name: "UserRegistrationStatus",
        value: { type: "enum", enum: "RegistrationStatus" },
        location: { in: "body" },
      },
      { name: "UserType", value: { type: "enum", enum: "UserType" }, location: { in: "body" } },
    ],
  },
  UserError: {
    members: [
      { name: "ErrorCode", value: { type: "enum", enum: "ErrorCode" }, location: { in: "body" } },
      { name: "ErrorMessage", value: { type: "string" }, location: { in: "body" } },
      { name: "UserId", value: { type: "string", pattern: ".*\\S.*" }, location: { in: "body" } },
    ],
  },
  UserSettings: {
    members: [
      {
        name: "Telephony",
        required: true,
        value: { type: "structure", structure: "TelephonySettings" },
        location: { in: "body" },
      },
    ],
  },
  VoiceConnectorSettings: {
    members: [{ name: "CdrBucket", value: { type: "string" }, location: { in: "body" } }],
  },
};
