// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { StructureSchema } from "../../runtime/index.js";
/** Operation outputs. */
export const outputStructureSchemas: Readonly<Record<string, StructureSchema>> = {
  AssociatePhoneNumberWithUserResponse: { members: [] },
  AssociateSigninDelegateGroupsWithAccountResponse: { members: [] },
  BatchCreateRoomMembershipResponse: {
    members: [
      {
        name: "Errors",
        value: { type: "list", member: { type: "structure", structure: "MemberError" } },
        location: { in: "body" },
      },
    ],
  },
  BatchDeletePhoneNumberResponse: {
    members: [
      {
        name: "PhoneNumberErrors",
        value: { type: "list", member: { type: "structure", structure: "PhoneNumberError" } },
        location: { in: "body" },
      },
    ],
  },
  BatchSuspendUserResponse: {
    members: [
      {
        name: "UserErrors",
        value: { type: "list", member: { type: "structure", structure: "UserError" } },
        location: { in: "body" },
      },
    ],
  },
  BatchUnsuspendUserResponse: {
    members: [
      {
        name: "UserErrors",
        value: { type: "list", member: { type: "structure", structure: "UserError" } },
        location: { in: "body" },
      },
    ],
  },
  BatchUpdatePhoneNumberResponse: {
    members: [
      {
        name: "PhoneNumberErrors",
        value: { type: "list", member: { type: "structure", structure: "PhoneNumberError" } },
        location: { in: "body" },
      },
    ],
  },
  BatchUpdateUserResponse: {
    members: [
      {
        name: "UserErrors",
        value: { type: "list", member: { type: "structure", structure: "UserError" } },
        location: { in: "body" },
      },
    ],
  },
  CreateAccountResponse: {
    members: [
      {
        name: "Account",
        value: { type: "structure", structure: "Account" },
        location: { in: "body" },
      },
    ],
  },
  CreateBotResponse: {
    members: [
      { name: "Bot", value: { type: "structure", structure: "Bot" }, location: { in: "body" } },
    ],
  },
  CreateMeetingDialOutResponse: {
    members: [
      {
        name: "TransactionId",
        value: { type: "string", pattern: "[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}" },
        location: { in: "body" },
      },
    ],
  },
  CreatePhoneNumberOrderResponse: {
    members: [
      {
        name: "PhoneNumberOrder",
        value: { type: "structure", structure: "PhoneNumberOrder" },
        location: { in: "body" },
      },
    ],
  },
  CreateRoomMembershipResponse: {
    members: [
      {
        name: "RoomMembership",
        value: { type: "structure", structure: "RoomMembership" },
        location: { in: "body" },
      },
    ],
  },
  CreateRoomResponse: {
    members: [
      { name: "Room", value: { type: "structure", structure: "Room" }, location: { in: "body" } },
    ],
  },
  CreateUserResponse: {
    members: [
      { name: "User", value: { type: "structure", structure: "User" }, location: { in: "body" } },
    ],
  },
  DeleteAccountResponse: { members: [] },
  DeleteEventsConfigurationResponse: { members: [] },
  DeletePhoneNumberResponse: { members: [] },
  DeleteRoomMembershipResponse: { members: [] },
  DeleteRoomResponse: { members: [] },
  DisassociatePhoneNumberFromUserResponse: { members: [] },
  DisassociateSigninDelegateGroupsFromAccountResponse: { members: [] },
  GetAccountResponse: {
    members: [
      {
        name: "Account",
        value: { type: "structure", structure: "Account" },
        location: { in: "body" },
      },
    ],
  },
  GetAccountSettingsResponse: {
    members: [
      {
        name: "AccountSettings",
        value: { type: "structure", structure: "AccountSettings" },
        location: { in: "body" },
      },
    ],
  },
  GetBotResponse: {
    members: [
      { name: "Bot", value: { type: "structure", structure: "Bot" }, location: { in: "body" } },
    ],
  },
  GetEventsConfigurationResponse: {
    members: [
      {
        name: "EventsConfiguration",
        value: { type: "structure", structure: "EventsConfiguration" },
        location: { in: "body" },
      },
    ],
  },
  GetGlobalSettingsResponse: {
    members: [
      {
        name: "BusinessCalling",
        value: { type: "structure", structure: "BusinessCallingSettings" },
        location: { in: "body" },
      },
      {
        name: "VoiceConnector",
        value: { type: "structure", structure: "VoiceConnectorSettings" },
        location: { in: "body" },
      },
    ],
  },
  GetPhoneNumberOrderResponse: {
    members: [
      {
        name: "PhoneNumberOrder",
        value: { type: "structure", structure: "PhoneNumberOrder" },
        location: { in: "body" },
      },
    ],
  },
  GetPhoneNumberResponse: {
    members: [
      {
        name: "PhoneNumber",
        value: { type: "structure", structure: "PhoneNumber" },
        location: { in: "body" },
      },
    ],
  },
  GetPhoneNumberSettingsResponse: {
    members: [
      {
        name: "CallingName",
        value: { type: "string", pattern: "^$|^[a-zA-Z0-9 ]{2,15}$" },
        location: { in: "body" },
      },
      {
        name: "CallingNameUpdatedTimestamp",
        value: { type: "timestamp", format: "date-time" },
        location: { in: "body" },
      },
    ],
  },
  GetRetentionSettingsResponse: {
    members: [
      {
        name: "InitiateDeletionTimestamp",
        value: { type: "timestamp", format: "date-time" },
        location: { in: "body" },
      },
      {
        name: "RetentionSettings",
        value: { type: "structure", structure: "RetentionSettings" },
        location: { in: "body" },
      },
    ],
  },
  GetRoomResponse: {
    members: [
      { name: "Room", value: { type: "structure", structure: "Room" }, location: { in: "body" } },
    ],
  },
  GetUserResponse: {
    members: [
      { name: "User", value: { type: "structure", structure: "User" }, location: { in: "body" } },
    ],
  },
  GetUserSettingsResponse: {
    members: [
      {
        name: "UserSettings",
        value: { type: "structure", structure: "UserSettings" },
        location: { in: "body" },
      },
    ],
  },
  InviteUsersResponse: {
    members: [
      {
        name: "Invites",
        value: { type: "list", member: { type: "structure", structure: "Invite" } },
        location: { in: "body" },
      },
    ],
  },
  ListAccountsResponse: {
    members: [
      {
        name: "Accounts",
        value: { type: "list", member: { type: "structure", structure: "Account" } },
        location: { in: "body" },
      },
      { name: "NextToken", value: { type: "string" }, location: { in: "body" } },
    ],
  },
  ListBotsResponse: {
    members: [
      {
        name: "Bots",
        value: { type: "list", member: { type: "structure", structure: "Bot" } },
        location: { in: "body" },
      },
      { name: "NextToken", value: { type: "string" }, location: { in: "body" } },
    ],
  },
  ListPhoneNumberOrdersResponse: {
    members: [
      { name: "NextToken", value: { type: "string" }, location: { in: "body" } },
      {
        name: "PhoneNumberOrders",
        value: { type: "list", member: { type: "structure", structure: "PhoneNumberOrder" } },
        location: { in: "body" },
      },
    ],
  },
  ListPhoneNumbersResponse: {
    members: [
      { name: "NextToken", value: { type: "string" }, location: { in: "body" } },
      {
        name: "PhoneNumbers",
        value: { type: "list", member: { type: "structure", structure: "PhoneNumber" } },
        location: { in: "body" },
      },
    ],
  },
  ListRoomMembershipsResponse: {
    members: [
      { name: "NextToken", value: { type: "string" }, location: { in: "body" } },
      {
        name: "RoomMemberships",
        value: { type: "list", member: { type: "structure", structure: "RoomMembership" } },
        location: { in: "body" },
      },
    ],
  },
  ListRoomsResponse: {
    members: [
      { name: "NextToken", value: { type: "string" }, location: { in: "body" } },
      {
        name: "Rooms",
        value: { type: "list", member: { type: "structure", structure: "Room" } },
        location: { in: "body" },
      },
    ],
  },
  ListSupportedPhoneNumberCountriesResponse: {
    members: [
      {
        name: "PhoneNumberCountries",
        value: { type: "list", member: { type: "structure", structure: "PhoneNumberCountry" } },
        location: { in: "body" },
      },
    ],
  },
  ListUsersResponse: {
    members: [
      { name: "NextToken", value: { type: "string" }, location: { in: "body" } },
      {
        name: "Users",
        value: { type: "list", member: { type: "structure", structure: "User" } },
        location: { in: "body" },
      },
    ],
  },
  LogoutUserResponse: { members: [] },
  PutEventsConfigurationResponse: {
    members: [
      {
        name: "EventsConfiguration",
        value: { type: "structure", structure: "EventsConfiguration" },
        location: { in: "body" },
      },
    ],
  },
  PutRetentionSettingsResponse: {
    members: [
      {
        name: "InitiateDeletionTimestamp",
        value: { type: "timestamp", format: "date-time" },
        location: { in: "body" },
      },
      {
        name: "RetentionSettings",
        value: { type: "structure", structure: "RetentionSettings" },
        location: { in: "body" },
      },
    ],
  },
  RedactConversationMessageResponse: { members: [] },
  RedactRoomMessageResponse: { members: [] },
  RegenerateSecurityTokenResponse: {
    members: [
      { name: "Bot", value: { type: "structure", structure: "Bot" }, location: { in: "body" } },
    ],
  },
  ResetPersonalPINResponse: {
    members: [
      { name: "User", value: { type: "structure", structure: "User" }, location: { in: "body" } },
    ],
  },
  RestorePhoneNumberResponse: {
    members: [
      {
        name: "PhoneNumber",
        value: { type: "structure", structure: "PhoneNumber" },
        location: { in: "body" },
      },
    ],
  },
  SearchAvailablePhoneNumbersResponse: {
    members: [
      {
        name: "E164PhoneNumbers",
        value: {
          type: "list",
          member: { type: "string", pattern: "^\\+[1-9]\\d{1,14}$", sensitive: true },
        },
        location: { in: "body" },
      },
      { name: "NextToken", value: { type: "string" }, location: { in: "body" } },
    ],
  },
  UpdateAccountResponse: {
    members: [
      {
        name: "Account",
        value: { type: "structure", structure: "Account" },
        location: { in: "body" },
      },
    ],
  },
  UpdateAccountSettingsResponse: { members: [] },
  UpdateBotResponse: {
    members: [
      { name: "Bot", value: { type: "structure", structure: "Bot" }, location: { in: "body" } },
    ],
  },
  UpdateGlobalSettingsResponse: { members: [] },
  UpdatePhoneNumberResponse: {
    members: [
      {
        name: "PhoneNumber",
        value: { type: "structure", structure: "PhoneNumber" },
        location: { in: "body" },
      },
    ],
  },
  UpdatePhoneNumberSettingsResponse: { members: [] },
  UpdateRoomMembershipResponse: {
    members: [
      {
        name: "RoomMembership",
        value: { type: "structure", structure: "RoomMembership" },
        location: { in: "body" },
      },
    ],
  },
  UpdateRoomResponse: {
    members: [
      { name: "Room", value: { type: "structure", structure: "Room" }, location: { in: "body" } },
    ],
  },
  UpdateUserResponse: {
    members: [
      { name: "User", value: { type: "structure", structure: "User" }, location: { in: "body" } },
    ],
  },
  UpdateUserSettingsResponse: { members: [] },
};
