// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { StructureSchema } from "../runtime/schema.js";
export const SigninDelegateGroupSchema: StructureSchema = {
  kind: "structure",
  name: "SigninDelegateGroup",
  members: [
    {
      name: "GroupName",
      schema: "string",
    },
  ],
};
export const AccountSchema: StructureSchema = {
  kind: "structure",
  name: "Account",
  members: [
    {
      name: "AccountId",
      schema: "string",
      required: true,
    },
    {
      name: "AwsAccountId",
      schema: "string",
      required: true,
    },
    {
      name: "Name",
      schema: "string",
      required: true,
    },
    {
      name: "AccountStatus",
      schema: "string",
    },
    {
      name: "AccountType",
      schema: "string",
    },
    {
      name: "CreatedTimestamp",
      schema: "date-time",
    },
    {
      name: "DefaultLicense",
      schema: "string",
    },
    {
      name: "SigninDelegateGroups",
      schema: {
        kind: "list",
        member: SigninDelegateGroupSchema,
      },
    },
    {
      name: "SupportedLicenses",
      schema: {
        kind: "list",
        member: "string",
      },
    },
  ],
};
export const AccountSettingsSchema: StructureSchema = {
  kind: "structure",
  name: "AccountSettings",
  members: [
    {
      name: "DisableRemoteControl",
      schema: "boolean",
    },
    {
      name: "EnableDialOut",
      schema: "boolean",
    },
  ],
};
export const AlexaForBusinessMetadataSchema: StructureSchema = {
  kind: "structure",
  name: "AlexaForBusinessMetadata",
  members: [
    {
      name: "AlexaForBusinessRoomArn",
      schema: "string",
    },
    {
      name: "IsAlexaForBusinessEnabled",
      schema: "boolean",
    },
  ],
};
export const BotSchema: StructureSchema = {
  kind: "structure",
  name: "Bot",
  members: [
    {
      name: "BotEmail",
      schema: "string",
      sensitive: true,
    },
    {
      name: "BotId",
      schema: "string",
    },
    {
      name: "BotType",
      schema: "string",
    },
    {
      name: "CreatedTimestamp",
      schema: "date-time",
    },
    {
      name: "Disabled",
      schema: "boolean",
    },
    {
      name: "DisplayName",
      schema: "string",
    },
    {
      name: "SecurityToken",
      schema: "string",
      sensitive: true,
    },
    {
      name: "UpdatedTimestamp",
      schema: "date-time",
    },
    {
      name: "UserId",
      schema: "string",
    },
  ],
};
export const BusinessCallingSettingsSchema: StructureSchema = {
  kind: "structure",
  name: "BusinessCallingSettings",
  members: [
    {
      name: "CdrBucket",
      schema: "string",
    },
  ],
};
export const EventsConfigurationSchema: StructureSchema = {
  kind: "structure",
  name: "EventsConfiguration",
  members: [
    {
      name: "BotId",
      schema: "string",
    },
    {
      name: "LambdaFunctionArn",
      schema: "string",
    },
    {
      name: "OutboundEventsHTTPSEndpoint",
      schema: "string",
    },
  ],
};
export const InviteSchema: StructureSchema = {
  kind: "structure",
  name: "Invite",
  members: [
    {
      name: "EmailAddress",
      schema: "string",
      sensitive: true,
    },
    {
      name: "EmailStatus",
      schema: "string",
    },
    {
      name: "InviteId",
      schema: "string",
    },
    {
      name: "Status",
      schema: "string",
    },
  ],
};
export const MemberErrorSchema: StructureSchema = {
  kind: "structure",
  name: "MemberError",
  members: [
    {
      name: "ErrorCode",
      schema: "string",
    },
    {
      name: "ErrorMessage",
      schema: "string",
    },
    {
      name: "MemberId",
      schema: "string",
    },
  ],
};
export const MembershipItemSchema: StructureSchema = {
  kind: "structure",
  name: "MembershipItem",
  members: [
    {
      name: "MemberId",
      schema: "string",
    },
    {
      name: "Role",
      schema: "string",
    },
  ],
};
export const PhoneNumberAssociationSchema: StructureSchema = {
  kind: "structure",
  name: "PhoneNumberAssociation",
  members: [
    {
      name: "AssociatedTimestamp",
      schema: "date-time",
    },
    {
      name: "Name",
      schema: "string",
    },
    {
      name: "Value",
      schema: "string",
    },
  ],
};
export const PhoneNumberCapabilitiesSchema: StructureSchema = {
  kind: "structure",
  name: "PhoneNumberCapabilities",
  members: [
    {
      name: "InboundCall",
      schema: "boolean",
    },
    {
      name: "InboundMMS",
      schema: "boolean",
    },
    {
      name: "InboundSMS",
      schema: "boolean",
    },
    {
      name: "OutboundCall",
      schema: "boolean",
    },
    {
      name: "OutboundMMS",
      schema: "boolean",
    },
    {
      name: "OutboundSMS",
      schema: "boolean",
    },
  ],
};
export const PhoneNumberSchema: StructureSchema = {
  kind: "structure",
  name: "PhoneNumber",
  members: [
    {
      name: "Associations",
      schema: {
        kind: "list",
        member: PhoneNumberAssociationSchema,
      },
    },
    {
      name: "CallingName",
      schema: "string",
    },
    {
      name: "CallingNameStatus",
      schema: "string",
    },
    {
      name: "Capabilities",
      schema: PhoneNumberCapabilitiesSchema,
    },
    {
      name: "Country",
      schema: "string",
    },
    {
      name: "CreatedTimestamp",
      schema: "date-time",
    },
    {
      name: "DeletionTimestamp",
      schema: "date-time",
    },
    {
      name: "E164PhoneNumber",
      schema: "string",
      sensitive: true,
    },
    {
      name: "PhoneNumberId",
      schema: "string",
      sensitive: true,
    },
    {
      name: "ProductType",
      schema: "string",
    },
    {
      name: "Status",
      schema: "string",
    },
    {
      name: "Type",
      schema: "string",
    },
    {
      name: "UpdatedTimestamp",
      schema: "date-time",
    },
  ],
};
export const PhoneNumberCountrySchema: StructureSchema = {
  kind: "structure",
  name: "PhoneNumberCountry",
  members: [
    {
      name: "CountryCode",
      schema: "string",
    },
    {
      name: "SupportedPhoneNumberTypes",
      schema: {
        kind: "list",
        member: "string",
      },
    },
  ],
};
export const PhoneNumberErrorSchema: StructureSchema = {
  kind: "structure",
  name: "PhoneNumberError",
  members: [
    {
      name: "ErrorCode",
      schema: "string",
    },
    {
      name: "ErrorMessage",
      schema: "string",
    },
    {
      name: "PhoneNumberId",
      schema: "string",
      sensitive: true,
    },
  ],
};
export const OrderedPhoneNumberSchema: StructureSchema = {
  kind: "structure",
  name: "OrderedPhoneNumber",
  members: [
    {
      name: "E164PhoneNumber",
      schema: "string",
      sensitive: true,
    },
    {
      name: "Status",
      schema: "string",
    },
  ],
};
export const PhoneNumberOrderSchema: StructureSchema = {
  kind: "structure",
  name: "PhoneNumberOrder",
  members: [
    {
      name: "CreatedTimestamp",
      schema: "date-time",
    },
    {
      name: "OrderedPhoneNumbers",
      schema: {
        kind: "list",
        member: OrderedPhoneNumberSchema,
      },
    },
    {
      name: "PhoneNumberOrderId",
      schema: "string",
    },
    {
      name: "ProductType",
      schema: "string",
    },
    {
      name: "Status",
      schema: "string",
    },
    {
      name: "UpdatedTimestamp",
      schema: "date-time",
    },
  ],
};
export const ConversationRetentionSettingsSchema: StructureSchema = {
  kind: "structure",
  name: "ConversationRetentionSettings",
  members: [
    {
      name: "RetentionDays",
      schema: "number",
    },
  ],
};
export const RoomRetentionSettingsSchema: StructureSchema = {
  kind: "structure",
  name: "RoomRetentionSettings",
  members: [
    {
      name: "RetentionDays",
      schema: "number",
    },
  ],
};
export const RetentionSettingsSchema: StructureSchema = {
  kind: "structure",
  name: "RetentionSettings",
  members: [
    {
      name: "ConversationRetentionSettings",
      schema: ConversationRetentionSettingsSchema,
    },
    {
      name: "RoomRetentionSettings",
      schema: RoomRetentionSettingsSchema,
    },
  ],
};
export const RoomSchema: StructureSchema = {
  kind: "structure",
  name: "Room",
  members: [
    {
      name: "AccountId",
      schema: "string",
    },
    {
      name: "CreatedBy",
      schema: "string",
    },
    {
      name: "CreatedTimestamp",
      schema: "date-time",
    },
    {
      name: "Name",
      schema: "string",
    },
    {
      name: "RoomId",
      schema: "string",
    },
    {
      name: "UpdatedTimestamp",
      schema: "date-time",
    },
  ],
};
export const MemberSchema: StructureSchema = {
  kind: "structure",
  name: "Member",
  members: [
    {
      name: "AccountId",
      schema: "string",
    },
    {
      name: "Email",
      schema: "string",
      sensitive: true,
    },
    {
      name: "FullName",
      schema: "string",
    },
    {
      name: "MemberId",
      schema: "string",
    },
    {
      name: "MemberType",
      schema: "string",
    },
  ],
};
export const RoomMembershipSchema: StructureSchema = {
  kind: "structure",
  name: "RoomMembership",
  members: [
    {
      name: "InvitedBy",
      schema: "string",
    },
    {
      name: "Member",
      schema: MemberSchema,
    },
    {
      name: "Role",
      schema: "string",
    },
    {
      name: "RoomId",
      schema: "string",
    },
    {
      name: "UpdatedTimestamp",
      schema: "date-time",
    },
  ],
};
export const UpdatePhoneNumberRequestItemSchema: StructureSchema = {
  kind: "structure",
  name: "UpdatePhoneNumberRequestItem",
  members: [
    {
      name: "PhoneNumberId",
      schema: "string",
      required: true,
      sensitive: true,
    },
    {
      name: "CallingName",
      schema: "string",
    },
    {
      name: "ProductType",
      schema: "string",
    },
  ],
};
export const UpdateUserRequestItemSchema: StructureSchema = {
  kind: "structure",
  name: "UpdateUserRequestItem",
  members: [
    {
      name: "UserId",
      schema: "string",
      required: true,
    },
    {
      name: "AlexaForBusinessMetadata",
      schema: AlexaForBusinessMetadataSchema,
    },
    {
      name: "LicenseType",
      schema: "string",
    },
    {
      name: "UserType",
      schema: "string",
    },
  ],
};
export const UserSchema: StructureSchema = {
  kind: "structure",
  name: "User",
  members: [
    {
      name: "UserId",
      schema: "string",
      required: true,
    },
    {
      name: "AccountId",
      schema: "string",
    },
    {
      name: "AlexaForBusinessMetadata",
      schema: AlexaForBusinessMetadataSchema,
    },
    {
      name: "DisplayName",
      schema: "string",
    },
    {
      name: "InvitedOn",
      schema: "date-time",
    },
    {
      name: "LicenseType",
      schema: "string",
    },
    {
      name: "PersonalPIN",
      schema: "string",
      sensitive: true,
    },
    {
      name: "PrimaryEmail",
      schema: "string",
      sensitive: true,
    },
    {
      name: "PrimaryProvisionedNumber",
      schema: "string",
      sensitive: true,
    },
    {
      name: "RegisteredOn",
      schema: "date-time",
    },
    {
      name: "UserInvitationStatus",
      schema: "string",
    },
    {
      name: "UserRegistrationStatus",
      schema: "string",
    },
    {
      name: "UserType",
      schema: "string",
    },
  ],
};
export const UserErrorSchema: StructureSchema = {
  kind: "structure",
  name: "UserError",
  members: [
    {
      name: "ErrorCode",
      schema: "string",
    },
    {
      name: "ErrorMessage",
      schema: "string",
    },
    {
      name: "UserId",
      schema: "string",
    },
  ],
};
export const TelephonySettingsSchema: StructureSchema = {
  kind: "structure",
  name: "TelephonySettings",
  members: [
    {
      name: "InboundCalling",
      schema: "boolean",
      required: true,
    },
    {
      name: "OutboundCalling",
      schema: "boolean",
      required: true,
    },
    {
      name: "SMS",
      schema: "boolean",
      required: true,
    },
  ],
};
export const UserSettingsSchema: StructureSchema = {
  kind: "structure",
  name: "UserSettings",
  members: [
    {
      name: "Telephony",
      schema: TelephonySettingsSchema,
      required: true,
    },
  ],
};
export const VoiceConnectorSettingsSchema: StructureSchema = {
  kind: "structure",
  name: "VoiceConnectorSettings",
  members: [
    {
      name: "CdrBucket",
      schema: "string",
    },
  ],
};
