// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { StructureSchema } from "../../runtime/index.js";
/** Operation inputs. */
export const inputStructureSchemas: Readonly<Record<string, StructureSchema>> = {
  AssociatePhoneNumberWithUserRequest: {
    members: [
      { name: "AccountId", required: true, value: { type: "string" }, location: { in: "label" } },
      { name: "UserId", required: true, value: { type: "string" }, location: { in: "label" } },
      {
        name: "E164PhoneNumber",
        required: true,
        value: { type: "string", pattern: "^\\+[1-9]\\d{1,14}$", sensitive: true },
        location: { in: "body" },
      },
    ],
  },
  AssociateSigninDelegateGroupsWithAccountRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "SigninDelegateGroups",
        required: true,
        value: { type: "list", member: { type: "structure", structure: "SigninDelegateGroup" } },
        location: { in: "body" },
      },
    ],
  },
  BatchCreateRoomMembershipRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "RoomId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "MembershipItemList",
        required: true,
        value: {
          type: "list",
          member: { type: "structure", structure: "MembershipItem" },
          length: { max: 50 },
        },
        location: { in: "body" },
      },
    ],
  },
  BatchDeletePhoneNumberRequest: {
    members: [
      {
        name: "PhoneNumberIds",
        required: true,
        value: { type: "list", member: { type: "string", sensitive: true }, length: { min: 1 } },
        location: { in: "body" },
      },
    ],
  },
  BatchSuspendUserRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "UserIdList",
        required: true,
        value: {
          type: "list",
          member: { type: "string", pattern: ".*\\S.*" },
          length: { max: 50 },
        },
        location: { in: "body" },
      },
    ],
  },
  BatchUnsuspendUserRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "UserIdList",
        required: true,
        value: {
          type: "list",
          member: { type: "string", pattern: ".*\\S.*" },
          length: { max: 50 },
        },
        location: { in: "body" },
      },
    ],
  },
  BatchUpdatePhoneNumberRequest: {
    members: [
      {
        name: "UpdatePhoneNumberRequestItems",
        required: true,
        value: {
          type: "list",
          member: { type: "structure", structure: "UpdatePhoneNumberRequestItem" },
        },
        location: { in: "body" },
      },
    ],
  },
  BatchUpdateUserRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "UpdateUserRequestItems",
        required: true,
        value: {
          type: "list",
          member: { type: "structure", structure: "UpdateUserRequestItem" },
          length: { max: 20 },
        },
        location: { in: "body" },
      },
    ],
  },
  CreateAccountRequest: {
    members: [
      {
        name: "Name",
        required: true,
        value: { type: "string", length: { min: 1, max: 100 }, pattern: ".*\\S.*" },
        location: { in: "body" },
      },
    ],
  },
  CreateBotRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      { name: "DisplayName", required: true, value: { type: "string" }, location: { in: "body" } },
      { name: "Domain", value: { type: "string", pattern: ".*\\S.*" }, location: { in: "body" } },
    ],
  },
  CreateMeetingDialOutRequest: {
    members: [
      {
        name: "MeetingId",
        required: true,
        value: { type: "string", pattern: "[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}" },
        location: { in: "label" },
      },
      {
        name: "FromPhoneNumber",
        required: true,
        value: { type: "string", pattern: "^\\+?[1-9]\\d{1,14}$", sensitive: true },
        location: { in: "body" },
      },
      {
        name: "JoinToken",
        required: true,
        value: {
          type: "string",
          length: { min: 2, max: 2048 },
          pattern: "^[a-zA-Z0-9+/]+$",
          sensitive: true,
        },
        location: { in: "body" },
      },
      {
        name: "ToPhoneNumber",
        required: true,
        value: { type: "string", pattern: "^\\+?[1-9]\\d{1,14}$", sensitive: true },
        location: { in: "body" },
      },
    ],
  },
  CreatePhoneNumberOrderRequest: {
    members: [
      {
        name: "E164PhoneNumbers",
        required: true,
        value: {
          type: "list",
          member: { type: "string", pattern: "^\\+[1-9]\\d{1,14}$", sensitive: true },
        },
        location: { in: "body" },
      },
      {
        name: "ProductType",
        required: true,
        value: { type: "enum", enum: "PhoneNumberProductType" },
        location: { in: "body" },
      },
    ],
  },
  CreateRoomMembershipRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "RoomId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "MemberId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "body" },
      },
      {
        name: "Role",
        value: { type: "enum", enum: "RoomMembershipRole" },
        location: { in: "body" },
      },
    ],
  },
  CreateRoomRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "ClientRequestToken",
        value: {
          type: "string",
          length: { min: 2, max: 64 },
          pattern: "[-_a-zA-Z0-9]*",
          sensitive: true,
        },
        location: { in: "body" },
      },
      { name: "Name", required: true, value: { type: "string" }, location: { in: "body" } },
    ],
  },
  CreateUserRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "Email",
        value: { type: "string", pattern: ".+@.+\\..+", sensitive: true },
        location: { in: "body" },
      },
      { name: "Username", value: { type: "string" }, location: { in: "body" } },
      { name: "UserType", value: { type: "enum", enum: "UserType" }, location: { in: "body" } },
    ],
  },
  DeleteAccountRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
    ],
  },
  DeleteEventsConfigurationRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "BotId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
    ],
  },
  DeletePhoneNumberRequest: {
    members: [
      {
        name: "PhoneNumberId",
        required: true,
        value: { type: "string", sensitive: true },
        location: { in: "label" },
      },
    ],
  },
  DeleteRoomMembershipRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "MemberId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "RoomId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
    ],
  },
  DeleteRoomRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "RoomId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
    ],
  },
  DisassociatePhoneNumberFromUserRequest: {
    members: [
      { name: "AccountId", required: true, value: { type: "string" }, location: { in: "label" } },
      { name: "UserId", required: true, value: { type: "string" }, location: { in: "label" } },
    ],
  },
  DisassociateSigninDelegateGroupsFromAccountRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "GroupNames",
        required: true,
        value: { type: "list", member: { type: "string" }, length: { min: 1 } },
        location: { in: "body" },
      },
    ],
  },
  GetAccountRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
    ],
  },
  GetAccountSettingsRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
    ],
  },
  GetBotRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "BotId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
    ],
  },
  GetEventsConfigurationRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "BotId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
    ],
  },
  GetGlobalSettingsRequest: { members: [] },
  GetPhoneNumberOrderRequest: {
    members: [
      {
        name: "PhoneNumberOrderId",
        required: true,
        value: { type: "string", pattern: "[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}" },
        location: { in: "label" },
      },
    ],
  },
  GetPhoneNumberRequest: {
    members: [
      {
        name: "PhoneNumberId",
        required: true,
        value: { type: "string", sensitive: true },
        location: { in: "label" },
      },
    ],
  },
  GetPhoneNumberSettingsRequest: { members: [] },
  GetRetentionSettingsRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
    ],
  },
  GetRoomRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "RoomId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
    ],
  },
  GetUserRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "UserId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
    ],
  },
  GetUserSettingsRequest: {
    members: [
      { name: "AccountId", required: true, value: { type: "string" }, location: { in: "label" } },
      { name: "UserId", required: true, value: { type: "string" }, location: { in: "label" } },
    ],
  },
  InviteUsersRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "UserEmailList",
        required: true,
        value: {
          type: "list",
          member: { type: "string", pattern: ".+@.+\\..+", sensitive: true },
          length: { max: 50 },
        },
        location: { in: "body" },
      },
      { name: "UserType", value: { type: "enum", enum: "UserType" }, location: { in: "body" } },
    ],
  },
  ListAccountsRequest: {
    members: [
      {
        name: "MaxResults",
        value: { type: "integer", range: { min: 1, max: 200 } },
        location: { in: "query", name: "max-results" },
      },
      {
        name: "Name",
        value: { type: "string", length: { min: 1, max: 100 }, pattern: ".*\\S.*" },
        location: { in: "query", name: "name" },
      },
      {
        name: "NextToken",
        value: { type: "string" },
        location: { in: "query", name: "next-token" },
      },
      {
        name: "UserEmail",
        value: { type: "string", pattern: ".+@.+\\..+", sensitive: true },
        location: { in: "query", name: "user-email" },
      },
    ],
  },
  ListBotsRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "MaxResults",
        value: { type: "integer", range: { min: 1, max: 99 } },
        location: { in: "query", name: "max-results" },
      },
      {
        name: "NextToken",
        value: { type: "string" },
        location: { in: "query", name: "next-token" },
      },
    ],
  },
  ListPhoneNumberOrdersRequest: {
    members: [
      {
        name: "MaxResults",
        value: { type: "integer", range: { min: 1, max: 99 } },
        location: { in: "query", name: "max-results" },
      },
      {
        name: "NextToken",
        value: { type: "string" },
        location: { in: "query", name: "next-token" },
      },
    ],
  },
  ListPhoneNumbersRequest: {
    members: [
      {
        name: "FilterName",
        value: { type: "enum", enum: "PhoneNumberAssociationName" },
        location: { in: "query", name: "filter-name" },
      },
      {
        name: "FilterValue",
        value: { type: "string" },
        location: { in: "query", name: "filter-value" },
      },
      {
        name: "MaxResults",
        value: { type: "integer", range: { min: 1, max: 99 } },
        location: { in: "query", name: "max-results" },
      },
      {
        name: "NextToken",
        value: { type: "string" },
        location: { in: "query", name: "next-token" },
      },
      {
        name: "ProductType",
        value: { type: "enum", enum: "PhoneNumberProductType" },
        location: { in: "query", name: "product-type" },
      },
      {
        name: "Status",
        value: { type: "enum", enum: "PhoneNumberStatus" },
        location: { in: "query", name: "status" },
      },
    ],
  },
  ListRoomMembershipsRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "MaxResults",
        value: { type: "integer", range: { min: 1, max: 99 } },
        location: { in: "query", name: "max-results" },
      },
      {
        name: "NextToken",
        value: { type: "string" },
        location: { in: "query", name: "next-token" },
      },
      {
        name: "RoomId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
    ],
  },
  ListRoomsRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "MaxResults",
        value: { type: "integer", range: { min: 1, max: 99 } },
        location: { in: "query", name: "max-results" },
      },
      { name: "MemberId", value: { type: "string" }, location: { in: "query", name: "member-id" } },
      {
        name: "NextToken",
        value: { type: "string" },
        location: { in: "query", name: "next-token" },
      },
    ],
  },
  ListSupportedPhoneNumberCountriesRequest: {
    members: [
      {
        name: "ProductType",
        required: true,
        value: { type: "enum", enum: "PhoneNumberProductType" },
        location: { in: "query", name: "product-type" },
      },
    ],
  },
  ListUsersRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "MaxResults",
        value: { type: "integer", range: { min: 1, max: 200 } },
        location: { in: "query", name: "max-results" },
      },
      {
        name: "NextToken",
        value: { type: "string" },
        location: { in: "query", name: "next-token" },
      },
      {
        name: "UserEmail",
        value: { type: "string", pattern: ".+@.+\\..+", sensitive: true },
        location: { in: "query", name: "user-email" },
      },
      {
        name: "UserType",
        value: { type: "enum", enum: "UserType" },
        location: { in: "query", name: "user-type" },
      },
    ],
  },
  LogoutUserRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "UserId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
    ],
  },
  PutEventsConfigurationRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "BotId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      { name: "LambdaFunctionArn", value: { type: "string" }, location: { in: "body" } },
      { name: "OutboundEventsHTTPSEndpoint", value: { type: "string" }, location: { in: "body" } },
    ],
  },
  PutRetentionSettingsRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "RetentionSettings",
        required: true,
        value: { type: "structure", structure: "RetentionSettings" },
        location: { in: "body" },
      },
    ],
  },
  RedactConversationMessageRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "ConversationId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "MessageId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
    ],
  },
  RedactRoomMessageRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "MessageId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "RoomId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
    ],
  },
  RegenerateSecurityTokenRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "BotId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
    ],
  },
  ResetPersonalPINRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "UserId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
    ],
  },
  RestorePhoneNumberRequest: {
    members: [
      {
        name: "PhoneNumberId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*", sensitive: true },
        location: { in: "label" },
      },
    ],
  },
  SearchAvailablePhoneNumbersRequest: {
    members: [
      { name: "AreaCode", value: { type: "string" }, location: { in: "query", name: "area-code" } },
      { name: "City", value: { type: "string" }, location: { in: "query", name: "city" } },
      {
        name: "Country",
        value: { type: "string", pattern: "[A-Z]{2}" },
        location: { in: "query", name: "country" },
      },
      {
        name: "MaxResults",
        value: { type: "integer", range: { min: 1, max: 500 } },
        location: { in: "query", name: "max-results" },
      },
      {
        name: "NextToken",
        value: { type: "string" },
        location: { in: "query", name: "next-token" },
      },
      {
        name: "PhoneNumberType",
        value: { type: "enum", enum: "PhoneNumberType" },
        location: { in: "query", name: "phone-number-type" },
      },
      { name: "State", value: { type: "string" }, location: { in: "query", name: "state" } },
      {
        name: "TollFreePrefix",
        value: { type: "string", length: { min: 3, max: 3 }, pattern: "^8(00|33|44|55|66|77|88)$" },
        location: { in: "query", name: "toll-free-prefix" },
      },
    ],
  },
  UpdateAccountRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "DefaultLicense",
        value: { type: "enum", enum: "License" },
        location: { in: "body" },
      },
      {
        name: "Name",
        value: { type: "string", length: { min: 1, max: 100 }, pattern: ".*\\S.*" },
        location: { in: "body" },
      },
    ],
  },
  UpdateAccountSettingsRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "AccountSettings",
        required: true,
        value: { type: "structure", structure: "AccountSettings" },
        location: { in: "body" },
      },
    ],
  },
  UpdateBotRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "BotId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      { name: "Disabled", value: { type: "boolean" }, location: { in: "body" } },
    ],
  },
  UpdateGlobalSettingsRequest: {
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
  UpdatePhoneNumberRequest: {
    members: [
      {
        name: "PhoneNumberId",
        required: true,
        value: { type: "string", sensitive: true },
        location: { in: "label" },
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
  UpdatePhoneNumberSettingsRequest: {
    members: [
      {
        name: "CallingName",
        required: true,
        value: { type: "string", pattern: "^$|^[a-zA-Z0-9 ]{2,15}$" },
        location: { in: "body" },
      },
    ],
  },
  UpdateRoomMembershipRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "MemberId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "RoomId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "Role",
        value: { type: "enum", enum: "RoomMembershipRole" },
        location: { in: "body" },
      },
    ],
  },
  UpdateRoomRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "RoomId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      { name: "Name", value: { type: "string" }, location: { in: "body" } },
    ],
  },
  UpdateUserRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
      },
      {
        name: "UserId",
        required: true,
        value: { type: "string", pattern: ".*\\S.*" },
        location: { in: "label" },
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
  UpdateUserSettingsRequest: {
    members: [
      { name: "AccountId", required: true, value: { type: "string" }, location: { in: "label" } },
      { name: "UserId", required: true, value: { type: "string" }, location: { in: "label" } },
      {
        name: "UserSettings",
        required: true,
        value: { type: "structure", structure: "UserSettings" },
        location: { in: "body" },
      },
    ],
  },
};
