// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import { AssociatePhoneNumberWithUserCommand } from "../../src/generated/commands/AssociatePhoneNumberWithUserCommand.js";
import { AssociateSigninDelegateGroupsWithAccountCommand } from "../../src/generated/commands/AssociateSigninDelegateGroupsWithAccountCommand.js";
import { BatchCreateRoomMembershipCommand } from "../../src/generated/commands/BatchCreateRoomMembershipCommand.js";
import { BatchDeletePhoneNumberCommand } from "../../src/generated/commands/BatchDeletePhoneNumberCommand.js";
import { BatchSuspendUserCommand } from "../../src/generated/commands/BatchSuspendUserCommand.js";
import { BatchUnsuspendUserCommand } from "../../src/generated/commands/BatchUnsuspendUserCommand.js";
import { BatchUpdatePhoneNumberCommand } from "../../src/generated/commands/BatchUpdatePhoneNumberCommand.js";
import { BatchUpdateUserCommand } from "../../src/generated/commands/BatchUpdateUserCommand.js";
import { CreateAccountCommand } from "../../src/generated/commands/CreateAccountCommand.js";
import { CreateBotCommand } from "../../src/generated/commands/CreateBotCommand.js";
import { CreateMeetingDialOutCommand } from "../../src/generated/commands/CreateMeetingDialOutCommand.js";
import { CreatePhoneNumberOrderCommand } from "../../src/generated/commands/CreatePhoneNumberOrderCommand.js";
import { CreateRoomCommand } from "../../src/generated/commands/CreateRoomCommand.js";
import { CreateRoomMembershipCommand } from "../../src/generated/commands/CreateRoomMembershipCommand.js";
import { CreateUserCommand } from "../../src/generated/commands/CreateUserCommand.js";
import { DeleteAccountCommand } from "../../src/generated/commands/DeleteAccountCommand.js";
import { DeleteEventsConfigurationCommand } from "../../src/generated/commands/DeleteEventsConfigurationCommand.js";
import { DeletePhoneNumberCommand } from "../../src/generated/commands/DeletePhoneNumberCommand.js";
import { DeleteRoomCommand } from "../../src/generated/commands/DeleteRoomCommand.js";
import { DeleteRoomMembershipCommand } from "../../src/generated/commands/DeleteRoomMembershipCommand.js";
import { DisassociatePhoneNumberFromUserCommand } from "../../src/generated/commands/DisassociatePhoneNumberFromUserCommand.js";
import { DisassociateSigninDelegateGroupsFromAccountCommand } from "../../src/generated/commands/DisassociateSigninDelegateGroupsFromAccountCommand.js";
import { GetAccountCommand } from "../../src/generated/commands/GetAccountCommand.js";
import { GetAccountSettingsCommand } from "../../src/generated/commands/GetAccountSettingsCommand.js";
import { GetBotCommand } from "../../src/generated/commands/GetBotCommand.js";
import { GetEventsConfigurationCommand } from "../../src/generated/commands/GetEventsConfigurationCommand.js";
import { GetGlobalSettingsCommand } from "../../src/generated/commands/GetGlobalSettingsCommand.js";
import { GetPhoneNumberCommand } from "../../src/generated/commands/GetPhoneNumberCommand.js";
import { GetPhoneNumberOrderCommand } from "../../src/generated/commands/GetPhoneNumberOrderCommand.js";
import { GetPhoneNumberSettingsCommand } from "../../src/generated/commands/GetPhoneNumberSettingsCommand.js";
import { GetRetentionSettingsCommand } from "../../src/generated/commands/GetRetentionSettingsCommand.js";
import { GetRoomCommand } from "../../src/generated/commands/GetRoomCommand.js";
import { GetUserCommand } from "../../src/generated/commands/GetUserCommand.js";
import { GetUserSettingsCommand } from "../../src/generated/commands/GetUserSettingsCommand.js";
import { InviteUsersCommand } from "../../src/generated/commands/InviteUsersCommand.js";
import { ListAccountsCommand } from "../../src/generated/commands/ListAccountsCommand.js";
import { ListBotsCommand } from "../../src/generated/commands/ListBotsCommand.js";
import { ListPhoneNumberOrdersCommand } from "../../src/generated/commands/ListPhoneNumberOrdersCommand.js";
import { ListPhoneNumbersCommand } from "../../src/generated/commands/ListPhoneNumbersCommand.js";
import { ListRoomMembershipsCommand } from "../../src/generated/commands/ListRoomMembershipsCommand.js";
import { ListRoomsCommand } from "../../src/generated/commands/ListRoomsCommand.js";
import { ListSupportedPhoneNumberCountriesCommand } from "../../src/generated/commands/ListSupportedPhoneNumberCountriesCommand.js";
import { ListUsersCommand } from "../../src/generated/commands/ListUsersCommand.js";
import { LogoutUserCommand } from "../../src/generated/commands/LogoutUserCommand.js";
import { PutEventsConfigurationCommand } from "../../src/generated/commands/PutEventsConfigurationCommand.js";
import { PutRetentionSettingsCommand } from "../../src/generated/commands/PutRetentionSettingsCommand.js";
import { RedactConversationMessageCommand } from "../../src/generated/commands/RedactConversationMessageCommand.js";
import { RedactRoomMessageCommand } from "../../src/generated/commands/RedactRoomMessageCommand.js";
import { RegenerateSecurityTokenCommand } from "../../src/generated/commands/RegenerateSecurityTokenCommand.js";
import { ResetPersonalPINCommand } from "../../src/generated/commands/ResetPersonalPINCommand.js";
import { RestorePhoneNumberCommand } from "../../src/generated/commands/RestorePhoneNumberCommand.js";
import { SearchAvailablePhoneNumbersCommand } from "../../src/generated/commands/SearchAvailablePhoneNumbersCommand.js";
import { UpdateAccountCommand } from "../../src/generated/commands/UpdateAccountCommand.js";
import { UpdateAccountSettingsCommand } from "../../src/generated/commands/UpdateAccountSettingsCommand.js";
import { UpdateBotCommand } from "../../src/generated/commands/UpdateBotCommand.js";
import { UpdateGlobalSettingsCommand } from "../../src/generated/commands/UpdateGlobalSettingsCommand.js";
import { UpdatePhoneNumberCommand } from "../../src/generated/commands/UpdatePhoneNumberCommand.js";
import { UpdatePhoneNumberSettingsCommand } from "../../src/generated/commands/UpdatePhoneNumberSettingsCommand.js";
import { UpdateRoomCommand } from "../../src/generated/commands/UpdateRoomCommand.js";
import { UpdateRoomMembershipCommand } from "../../src/generated/commands/UpdateRoomMembershipCommand.js";
import { UpdateUserCommand } from "../../src/generated/commands/UpdateUserCommand.js";
import { UpdateUserSettingsCommand } from "../../src/generated/commands/UpdateUserSettingsCommand.js";
import type { RequestCase, ResponseCase } from "../support/cases.js";
export const requestCases: RequestCase[] = [
  {
    id: "AssociatePhoneNumberWithUserSample1Request",
    documentation:
      "This example associates the specified phone number with the specified Amazon Chime user.",
    command: AssociatePhoneNumberWithUserCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
      E164PhoneNumber: "+12065550100",
    },
    method: "POST",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/users/1ab2345c-67de-8901-f23g-45h678901j2k",
    queryParams: ["operation=associate-phone-number"],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"E164PhoneNumber":"+12065550100"}',
  },
  {
    id: "BatchCreateRoomMembershipSample1Request",
    documentation:
      "This example adds multiple users to the chat room as chat room members. It also assigns administrator and member roles to the users.",
    command: BatchCreateRoomMembershipCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      RoomId: "abcd1e2d-3e45-6789-01f2-3g45h67i890j",
      MembershipItemList: [
        {
          MemberId: "1ab2345c-67de-8901-f23g-45h678901j2k",
          Role: "Administrator",
        },
        {
          MemberId: "2ab2345c-67de-8901-f23g-45h678901j2k",
          Role: "Member",
        },
      ],
    },
    method: "POST",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/rooms/abcd1e2d-3e45-6789-01f2-3g45h67i890j/memberships",
    queryParams: ["operation=batch-create"],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"MembershipItemList":[{"MemberId":"1ab2345c-67de-8901-f23g-45h678901j2k","Role":"Administrator"},{"MemberId":"2ab2345c-67de-8901-f23g-45h678901j2k","Role":"Member"}]}',
  },
  {
    id: "BatchDeletePhoneNumberSample1Request",
    documentation: "This example moves multiple phone numbers into the **Deletion queue** .",
    command: BatchDeletePhoneNumberCommand,
    params: {
      PhoneNumberIds: ["%2B12065550100", "%2B12065550101"],
    },
    method: "POST",
    uri: "/phone-numbers",
    queryParams: ["operation=batch-delete"],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"PhoneNumberIds":["%2B12065550100","%2B12065550101"]}',
  },
  {
    id: "BatchSuspendUserSample1Request",
    documentation:
      "This example suspends the listed users from the specified Amazon Chime account.",
    command: BatchSuspendUserCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      UserIdList: ["4ab2345c-67de-8901-f23g-45h678901j2k"],
    },
    method: "POST",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/users",
    queryParams: ["operation=suspend"],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"UserIdList":["4ab2345c-67de-8901-f23g-45h678901j2k"]}',
  },
  {
    id: "BatchUnsuspendUserSample1Request",
    documentation:
      "This example removes the previous suspension for the listed users on the specified Amazon Chime account.",
    command: BatchUnsuspendUserCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      UserIdList: [
        "1ab2345c-67de-8901-f23g-45h678901j2k",
        "2ab2345c-67de-8901-f23g-45h678901j2k",
        "3ab2345c-67de-8901-f23g-45h678901j2k",
      ],
    },
    method: "POST",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/users",
    queryParams: ["operation=unsuspend"],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"UserIdList":["1ab2345c-67de-8901-f23g-45h678901j2k","2ab2345c-67de-8901-f23g-45h678901j2k","3ab2345c-67de-8901-f23g-45h678901j2k"]}',
  },
  {
    id: "BatchUpdatePhoneNumberSample1Request",
    documentation: "This example updates the product type for multiple phone numbers.",
    command: BatchUpdatePhoneNumberCommand,
    params: {
      UpdatePhoneNumberRequestItems: [
        {
          PhoneNumberId: "%2B12065550100",
          ProductType: "BusinessCalling",
        },
        {
          PhoneNumberId: "%2B12065550101",
          ProductType: "VoiceConnector",
        },
      ],
    },
    method: "POST",
    uri: "/phone-numbers",
    queryParams: ["operation=batch-update"],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"UpdatePhoneNumberRequestItems":[{"PhoneNumberId":"%2B12065550100","ProductType":"BusinessCalling"},{"PhoneNumberId":"%2B12065550101","ProductType":"VoiceConnector"}]}',
  },
  {
    id: "BatchUpdatePhoneNumberSample2Request",
    documentation: "This example updates the outbound calling name for multiple phone numbers.",
    command: BatchUpdatePhoneNumberCommand,
    params: {
      UpdatePhoneNumberRequestItems: [
        {
          PhoneNumberId: "%2B12065550100",
          CallingName: "phonenumber1",
        },
        {
          PhoneNumberId: "%2B12065550101",
          CallingName: "phonenumber2",
        },
      ],
    },
    method: "POST",
    uri: "/phone-numbers",
    queryParams: ["operation=batch-update"],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"UpdatePhoneNumberRequestItems":[{"PhoneNumberId":"%2B12065550100","CallingName":"phonenumber1"},{"PhoneNumberId":"%2B12065550101","CallingName":"phonenumber2"}]}',
  },
  {
    id: "BatchUpdateUserSample1Request",
    documentation:
      "This example updates details for the listed users in the specified Amazon Chime account.",
    command: BatchUpdateUserCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      UpdateUserRequestItems: [
        {
          UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
          LicenseType: "Basic",
        },
        {
          UserId: "2ab2345c-67de-8901-f23g-45h678901j2k",
          LicenseType: "Basic",
        },
      ],
    },
    method: "POST",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/users",
    queryParams: [],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"UpdateUserRequestItems":[{"UserId":"1ab2345c-67de-8901-f23g-45h678901j2k","LicenseType":"Basic"},{"UserId":"2ab2345c-67de-8901-f23g-45h678901j2k","LicenseType":"Basic"}]}',
  },
  {
    id: "CreateAccountSample1Request",
    documentation:
      "This example creates a new Amazon Chime account under the administrator's AWS account.",
    command: CreateAccountCommand,
    params: {
      Name: "example",
    },
    method: "POST",
    uri: "/accounts",
    queryParams: [],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"Name":"example"}',
  },
  {
    id: "CreateBotSample1Request",
    documentation: "This example creates a bot.",
    command: CreateBotCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      DisplayName: "myBot",
      Domain: "example.com",
    },
    method: "POST",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/bots",
    queryParams: [],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"DisplayName":"myBot","Domain":"example.com"}',
  },
  {
    id: "CreatePhoneNumberOrderSample1Request",
    documentation: "This example creates an order for phone numbers to be provisioned.",
    command: CreatePhoneNumberOrderCommand,
    params: {
      ProductType: "BusinessCalling",
      E164PhoneNumbers: ["+12065550100", "+12065550101"],
    },
    method: "POST",
    uri: "/phone-number-orders",
    queryParams: [],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"ProductType":"BusinessCalling","E164PhoneNumbers":["+12065550100","+12065550101"]}',
  },
  {
    id: "CreateRoomMembershipSample1Request",
    documentation: "This example adds the specified user to the chat room as a chat room member.",
    command: CreateRoomMembershipCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      RoomId: "abcd1e2d-3e45-6789-01f2-3g45h67i890j",
      MemberId: "1ab2345c-67de-8901-f23g-45h678901j2k",
    },
    method: "POST",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/rooms/abcd1e2d-3e45-6789-01f2-3g45h67i890j/memberships",
    queryParams: [],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"MemberId":"1ab2345c-67de-8901-f23g-45h678901j2k"}',
  },
  {
    id: "CreateUserSample1Request",
    documentation: "This example creates a shared device profile for the specified email address.",
    command: CreateUserCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      Email: "roomdevice@example.com",
      UserType: "SharedDevice",
    },
    method: "POST",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/users",
    queryParams: ["operation=create"],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"Email":"roomdevice@example.com","UserType":"SharedDevice"}',
  },
  {
    id: "DeleteAccountSample1Request",
    documentation: "This example deletes the specified account.",
    command: DeleteAccountCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
    },
    method: "DELETE",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45",
    queryParams: [],
    headers: {},
  },
  {
    id: "DeletePhoneNumberSample1Request",
    documentation: "This example moves the specified phone number into the **Deletion queue**.",
    command: DeletePhoneNumberCommand,
    params: {
      PhoneNumberId: "+12065550100",
    },
    method: "DELETE",
    uri: "/phone-numbers/%2B12065550100",
    queryParams: [],
    headers: {},
  },
  {
    id: "DeleteRoomSample1Request",
    documentation:
      "This example deletes the specified chat room and removes the chat room memberships.",
    command: DeleteRoomCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      RoomId: "abcd1e2d-3e45-6789-01f2-3g45h67i890j",
    },
    method: "DELETE",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/rooms/abcd1e2d-3e45-6789-01f2-3g45h67i890j",
    queryParams: [],
    headers: {},
  },
  {
    id: "DeleteRoomMembershipSample1Request",
    documentation: "This example removes the specified member from the specified chat room.",
    command: DeleteRoomMembershipCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      RoomId: "abcd1e2d-3e45-6789-01f2-3g45h67i890j",
      MemberId: "1ab2345c-67de-8901-f23g-45h678901j2k",
    },
    method: "DELETE",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/rooms/abcd1e2d-3e45-6789-01f2-3g45h67i890j/memberships/1ab2345c-67de-8901-f23g-45h678901j2k",
    queryParams: [],
    headers: {},
  },
  {
    id: "DisassociatePhoneNumberFromUserSample1Request",
    documentation:
      "This example disassociates the primary provisioned phone number from the specified Amazon Chime user.",
    command: DisassociatePhoneNumberFromUserCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
    },
    method: "POST",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/users/1ab2345c-67de-8901-f23g-45h678901j2k",
    queryParams: ["operation=disassociate-phone-number"],
    headers: {},
  },
  {
    id: "GetAccountSample1Request",
    documentation: "This example retrieves details for the specified Amazon Chime account.",
    command: GetAccountCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
    },
    method: "GET",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45",
    queryParams: [],
    headers: {},
  },
  {
    id: "GetAccountSettingsSample1Request",
    documentation: "This example retrieves account settings for the specified account.",
    command: GetAccountSettingsCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
    },
    method: "GET",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/settings",
    queryParams: [],
    headers: {},
  },
  {
    id: "GetBotSample1Request",
    documentation: "This example retrieves details for the specified bot.",
    command: GetBotCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      BotId: "123abcd4-5ef6-789g-0h12-34j56789012k",
    },
    method: "GET",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/bots/123abcd4-5ef6-789g-0h12-34j56789012k",
    queryParams: [],
    headers: {},
  },
  {
    id: "GetGlobalSettingsSample1Request",
    documentation:
      "This example retrieves the global settings for the administrator's AWS account.",
    command: GetGlobalSettingsCommand,
    params: {},
    method: "GET",
    uri: "/settings",
    queryParams: [],
    headers: {},
  },
  {
    id: "GetPhoneNumberSample1Request",
    documentation: "This example retrieves details for the specified phone number ID.",
    command: GetPhoneNumberCommand,
    params: {
      PhoneNumberId: "+12065550100",
    },
    method: "GET",
    uri: "/phone-numbers/%2B12065550100",
    queryParams: [],
    headers: {},
  },
  {
    id: "GetPhoneNumberSettingsSample1Request",
    documentation:
      "This example retrieves the phone number settings for the administrator's AWS account.",
    command: GetPhoneNumberSettingsCommand,
    params: {},
    method: "GET",
    uri: "/settings/phone-number",
    queryParams: [],
    headers: {},
  },
  {
    id: "GetRoomSample1Request",
    documentation:
      "This example gets the details about the specified chat room, including the name.",
    command: GetRoomCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      RoomId: "abcd1e2d-3e45-6789-01f2-3g45h67i890j",
    },
    method: "GET",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/rooms/abcd1e2d-3e45-6789-01f2-3g45h67i890j",
    queryParams: [],
    headers: {},
  },
  {
    id: "GetUserSample1Request",
    documentation: "This example lists details for the specified user.",
    command: GetUserCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
    },
    method: "GET",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/users/1ab2345c-67de-8901-f23g-45h678901j2k",
    queryParams: [],
    headers: {},
  },
  {
    id: "GetUserSettingsSample1Request",
    documentation: "This example retrieves settings for the specified user ID.",
    command: GetUserSettingsCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
    },
    method: "GET",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/users/1ab2345c-67de-8901-f23g-45h678901j2k/settings",
    queryParams: [],
    headers: {},
  },
  {
    id: "InviteUsersSample1Request",
    documentation: "This example sends an email to invite users to the specified account.",
    command: InviteUsersCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      UserEmailList: ["user1@example.com", "user2@example.com"],
    },
    method: "POST",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/users",
    queryParams: ["operation=add"],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"UserEmailList":["user1@example.com","user2@example.com"]}',
  },
  {
    id: "ListAccountsSample1Request",
    documentation:
      "This example lists the Amazon Chime accounts under the administrator's AWS account.",
    command: ListAccountsCommand,
    params: {},
    method: "GET",
    uri: "/accounts",
    queryParams: [],
    headers: {},
  },
  {
    id: "ListBotsSample1Request",
    documentation:
      "This example lists the bots associated with the administrator's Amazon Chime Enterprise account ID.",
    command: ListBotsCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
    },
    method: "GET",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/bots",
    queryParams: [],
    headers: {},
  },
  {
    id: "ListPhoneNumberOrdersSample1Request",
    documentation:
      "This example lists the phone number orders for the administrator's Amazon Chime account.",
    command: ListPhoneNumberOrdersCommand,
    params: {},
    method: "GET",
    uri: "/phone-number-orders",
    queryParams: [],
    headers: {},
  },
  {
    id: "ListPhoneNumbersSample1Request",
    documentation: "This example lists the phone numbers for the account.",
    command: ListPhoneNumbersCommand,
    params: {},
    method: "GET",
    uri: "/phone-numbers",
    queryParams: [],
    headers: {},
  },
  {
    id: "ListRoomMembershipsSample1Request",
    documentation: "This example lists the membership details for the specified chat room.",
    command: ListRoomMembershipsCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      RoomId: "abcd1e2d-3e45-6789-01f2-3g45h67i890j",
    },
    method: "GET",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/rooms/abcd1e2d-3e45-6789-01f2-3g45h67i890j/memberships",
    queryParams: [],
    headers: {},
  },
  {
    id: "ListRoomsSample1Request",
    documentation:
      "This example returns a list of chat rooms in the specified account. The list is filtered by the chat rooms that the specified member belongs to.",
    command: ListRoomsCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      MemberId: "1ab2345c-67de-8901-f23g-45h678901j2k",
    },
    method: "GET",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/rooms",
    queryParams: ["member-id=1ab2345c-67de-8901-f23g-45h678901j2k"],
    headers: {},
  },
  {
    id: "ListUsersSample1Request",
    documentation: "This example lists the users for the specified Amazon Chime account.",
    command: ListUsersCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
    },
    method: "GET",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/users",
    queryParams: [],
    headers: {},
  },
  {
    id: "LogoutUserSample1Request",
    documentation: "This example logs out the specified user.",
    command: LogoutUserCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
    },
    method: "POST",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/users/1ab2345c-67de-8901-f23g-45h678901j2k",
    queryParams: ["operation=logout"],
    headers: {},
  },
  {
    id: "RegenerateSecurityTokenSample1Request",
    documentation: "This example regenerates the security token for the specified bot.",
    command: RegenerateSecurityTokenCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      BotId: "123abcd4-5ef6-789g-0h12-34j56789012k",
    },
    method: "POST",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/bots/123abcd4-5ef6-789g-0h12-34j56789012k",
    queryParams: ["operation=regenerate-security-token"],
    headers: {},
  },
  {
    id: "ResetPersonalPINSample1Request",
    documentation: "This example resets the personal meeting PIN for the specified user.",
    command: ResetPersonalPINCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
    },
    method: "POST",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/users/1ab2345c-67de-8901-f23g-45h678901j2k",
    queryParams: ["operation=reset-personal-pin"],
    headers: {},
  },
  {
    id: "RestorePhoneNumberSample1Request",
    documentation:
      "This example moves the specified phone number from the **Deletion queue** back into the phone number **Inventory**.",
    command: RestorePhoneNumberCommand,
    params: {
      PhoneNumberId: "+12065550100",
    },
    method: "POST",
    uri: "/phone-numbers/%2B12065550100",
    queryParams: ["operation=restore"],
    headers: {},
  },
  {
    id: "SearchAvailablePhoneNumbersSample1Request",
    documentation: "This example searches for phone numbers with an area code of 206.",
    command: SearchAvailablePhoneNumbersCommand,
    params: {
      AreaCode: "206",
    },
    method: "GET",
    uri: "/search",
    queryParams: ["type=phone-numbers", "area-code=206"],
    headers: {},
  },
  {
    id: "SearchAvailablePhoneNumbersSample2Request",
    documentation: "This example searches local phone numbers in the United Kingdom.",
    command: SearchAvailablePhoneNumbersCommand,
    params: {
      Country: "GB",
      PhoneNumberType: "Local",
    },
    method: "GET",
    uri: "/search",
    queryParams: ["type=phone-numbers", "country=GB", "phone-number-type=Local"],
    headers: {},
  },
  {
    id: "UpdateAccountSample1Request",
    documentation: "This example updates the specified account name.",
    command: UpdateAccountCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      Name: "Example3",
    },
    method: "POST",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45",
    queryParams: [],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"Name":"Example3"}',
  },
  {
    id: "UpdateAccountSettingsSample1Request",
    documentation:
      "This example disables the remote control of shared screens for the specified Amazon Chime account.",
    command: UpdateAccountSettingsCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      AccountSettings: {
        DisableRemoteControl: true,
      },
    },
    method: "PUT",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/settings",
    queryParams: [],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"AccountSettings":{"DisableRemoteControl":true}}',
  },
  {
    id: "UpdateBotSample1Request",
    documentation: "This example updates the status of the specified bot to stop it from running.",
    command: UpdateBotCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      BotId: "123abcd4-5ef6-789g-0h12-34j56789012k",
      Disabled: true,
    },
    method: "POST",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/bots/123abcd4-5ef6-789g-0h12-34j56789012k",
    queryParams: [],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"Disabled":true}',
  },
  {
    id: "UpdatePhoneNumberSample1Request",
    documentation: "This example updates the product type for the specified phone number.",
    command: UpdatePhoneNumberCommand,
    params: {
      PhoneNumberId: "+12065550100",
      ProductType: "BusinessCalling",
    },
    method: "POST",
    uri: "/phone-numbers/%2B12065550100",
    queryParams: [],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"ProductType":"BusinessCalling"}',
  },
  {
    id: "UpdatePhoneNumberSample2Request",
    documentation: "This example updates the outbound calling name for the specified phone number.",
    command: UpdatePhoneNumberCommand,
    params: {
      PhoneNumberId: "+12065550100",
      CallingName: "phonenumber2",
    },
    method: "POST",
    uri: "/phone-numbers/%2B12065550100",
    queryParams: [],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"CallingName":"phonenumber2"}',
  },
  {
    id: "UpdatePhoneNumberSettingsSample1Request",
    documentation:
      "This example updates the default outbound calling name for the administrator's AWS account.",
    command: UpdatePhoneNumberSettingsCommand,
    params: {
      CallingName: "myName",
    },
    method: "PUT",
    uri: "/settings/phone-number",
    queryParams: [],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"CallingName":"myName"}',
  },
  {
    id: "UpdateRoomMembershipSample1Request",
    documentation: "This example updates the specified chat room member role to administrator.",
    command: UpdateRoomMembershipCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      RoomId: "abcd1e2d-3e45-6789-01f2-3g45h67i890j",
      MemberId: "1ab2345c-67de-8901-f23g-45h678901j2k",
      Role: "Administrator",
    },
    method: "POST",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/rooms/abcd1e2d-3e45-6789-01f2-3g45h67i890j/memberships/1ab2345c-67de-8901-f23g-45h678901j2k",
    queryParams: [],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"Role":"Administrator"}',
  },
  {
    id: "UpdateUserSample1Request",
    documentation: "This example updates the specified details for the specified user.",
    command: UpdateUserCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
      LicenseType: "Basic",
    },
    method: "POST",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/users/1ab2345c-67de-8901-f23g-45h678901j2k",
    queryParams: [],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"LicenseType":"Basic"}',
  },
  {
    id: "UpdateUserSettingsSample1Request",
    documentation: "This example updates the settings for the specified user.",
    command: UpdateUserSettingsCommand,
    params: {
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
      UserSettings: {
        Telephony: {
          InboundCalling: true,
          OutboundCalling: true,
          SMS: true,
        },
      },
    },
    method: "PUT",
    uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/users/1ab2345c-67de-8901-f23g-45h678901j2k/settings",
    queryParams: [],
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"UserSettings":{"Telephony":{"InboundCalling":true,"OutboundCalling":true,"SMS":true}}}',
  },
];
export const responseCases: ResponseCase[] = [
  {
    id: "AssociatePhoneNumberWithUserSample1Response",
    documentation:
      "This example associates the specified phone number with the specified Amazon Chime user.",
    command: AssociatePhoneNumberWithUserCommand,
    input: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
      E164PhoneNumber: "E164PhoneNumber-1",
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: "{}",
    params: {},
  },
  {
    id: "AssociateSigninDelegateGroupsWithAccountSample1Response",
    documentation:
      "This example associates the specified sign-in delegate group with the specified Amazon Chime account.",
    command: AssociateSigninDelegateGroupsWithAccountCommand,
    input: {
      AccountId: "AccountId 1/+é",
      SigninDelegateGroups: [
        {
          GroupName: "GroupName-1",
        },
        {
          GroupName: "GroupName-1",
        },
      ],
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: "{}",
    params: {},
  },
  {
    id: "BatchCreateRoomMembershipSample1Response",
    documentation:
      "This example adds multiple users to the chat room as chat room members. It also assigns administrator and member roles to the users.",
    command: BatchCreateRoomMembershipCommand,
    input: {
      AccountId: "AccountId 1/+é",
      RoomId: "RoomId 1/+é",
      MembershipItemList: [
        {
          MemberId: "MemberId-1",
          Role: "Administrator",
        },
        {
          MemberId: "MemberId-1",
          Role: "Administrator",
        },
      ],
    },
    code: 201,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"Errors":[]}',
    params: {
      Errors: [],
    },
  },
  {
    id: "BatchDeletePhoneNumberSample1Response",
    documentation: "This example moves multiple phone numbers into the **Deletion queue** .",
    command: BatchDeletePhoneNumberCommand,
    input: {
      PhoneNumberIds: ["PhoneNumberIds1-1", "PhoneNumberIds2-1"],
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"PhoneNumberErrors":[]}',
    params: {
      PhoneNumberErrors: [],
    },
  },
  {
    id: "BatchSuspendUserSample1Response",
    documentation:
      "This example suspends the listed users from the specified Amazon Chime account.",
    command: BatchSuspendUserCommand,
    input: {
      AccountId: "AccountId 1/+é",
      UserIdList: ["UserIdList1-1", "UserIdList2-1"],
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"UserErrors":[]}',
    params: {
      UserErrors: [],
    },
  },
  {
    id: "BatchUnsuspendUserSample1Response",
    documentation:
      "This example removes the previous suspension for the listed users on the specified Amazon Chime account.",
    command: BatchUnsuspendUserCommand,
    input: {
      AccountId: "AccountId 1/+é",
      UserIdList: ["UserIdList1-1", "UserIdList2-1"],
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"UserErrors":[]}',
    params: {
      UserErrors: [],
    },
  },
  {
    id: "BatchUpdatePhoneNumberSample1Response",
    documentation: "This example updates the product type for multiple phone numbers.",
    command: BatchUpdatePhoneNumberCommand,
    input: {
      UpdatePhoneNumberRequestItems: [
        {
          PhoneNumberId: "PhoneNumberId-1",
          CallingName: "CallingName-1",
          ProductType: "BusinessCalling",
        },
        {
          PhoneNumberId: "PhoneNumberId-1",
          CallingName: "CallingName-1",
          ProductType: "BusinessCalling",
        },
      ],
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"PhoneNumberErrors":[]}',
    params: {
      PhoneNumberErrors: [],
    },
  },
  {
    id: "BatchUpdatePhoneNumberSample2Response",
    documentation: "This example updates the outbound calling name for multiple phone numbers.",
    command: BatchUpdatePhoneNumberCommand,
    input: {
      UpdatePhoneNumberRequestItems: [
        {
          PhoneNumberId: "PhoneNumberId-1",
          CallingName: "CallingName-1",
          ProductType: "BusinessCalling",
        },
        {
          PhoneNumberId: "PhoneNumberId-1",
          CallingName: "CallingName-1",
          ProductType: "BusinessCalling",
        },
      ],
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"PhoneNumberErrors":[]}',
    params: {
      PhoneNumberErrors: [],
    },
  },
  {
    id: "BatchUpdateUserSample1Response",
    documentation:
      "This example updates details for the listed users in the specified Amazon Chime account.",
    command: BatchUpdateUserCommand,
    input: {
      AccountId: "AccountId 1/+é",
      UpdateUserRequestItems: [
        {
          UserId: "UserId-1",
          AlexaForBusinessMetadata: {
            AlexaForBusinessRoomArn: "AlexaForBusinessRoomArn-1",
            IsAlexaForBusinessEnabled: true,
          },
          LicenseType: "Basic",
          UserType: "PrivateUser",
        },
        {
          UserId: "UserId-1",
          AlexaForBusinessMetadata: {
            AlexaForBusinessRoomArn: "AlexaForBusinessRoomArn-1",
            IsAlexaForBusinessEnabled: true,
          },
          LicenseType: "Basic",
          UserType: "PrivateUser",
        },
      ],
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"UserErrors":[]}',
    params: {
      UserErrors: [],
    },
  },
  {
    id: "CreateAccountSample1Response",
    documentation:
      "This example creates a new Amazon Chime account under the administrator's AWS account.",
    command: CreateAccountCommand,
    input: {
      Name: "Name-1",
    },
    code: 201,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"Account":{"AccountId":"12a3456b-7c89-012d-3456-78901e23fg45","AccountStatus":"Active","AccountType":"Team","Admins":null,"AwsAccountId":"111122223333","BillingType":"SeatBilling","CreatedTimestamp":"2019-01-08T17:59:18.006Z","DefaultLicense":"Pro","DelegationStatus":"NoDelegation","DirectoryId":null,"Domains":null,"Groups":[],"Name":"example","Owner":null,"SupportedLicenses":["Basic","Pro"],"UseProTrialLicense":false}}',
    params: {
      Account: {
        AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
        AccountStatus: "Active",
        AccountType: "Team",
        AwsAccountId: "111122223333",
        CreatedTimestamp: new Date("2019-01-08T17:59:18.006Z"),
        DefaultLicense: "Pro",
        Name: "example",
        SupportedLicenses: ["Basic", "Pro"],
      },
    },
  },
  {
    id: "DeleteAccountSample1Response",
    documentation: "This example deletes the specified account.",
    command: DeleteAccountCommand,
    input: {
      AccountId: "AccountId 1/+é",
    },
    code: 204,
    headers: {},
    params: {},
  },
  {
    id: "DeletePhoneNumberSample1Response",
    documentation: "This example moves the specified phone number into the **Deletion queue**.",
    command: DeletePhoneNumberCommand,
    input: {
      PhoneNumberId: "PhoneNumberId 1/+é",
    },
    code: 204,
    headers: {},
    params: {},
  },
  {
    id: "DeleteRoomSample1Response",
    documentation:
      "This example deletes the specified chat room and removes the chat room memberships.",
    command: DeleteRoomCommand,
    input: {
      AccountId: "AccountId 1/+é",
      RoomId: "RoomId 1/+é",
    },
    code: 204,
    headers: {},
    params: {},
  },
  {
    id: "DeleteRoomMembershipSample1Response",
    documentation: "This example removes the specified member from the specified chat room.",
    command: DeleteRoomMembershipCommand,
    input: {
      AccountId: "AccountId 1/+é",
      MemberId: "MemberId 1/+é",
      RoomId: "RoomId 1/+é",
    },
    code: 204,
    headers: {},
    params: {},
  },
  {
    id: "DisassociatePhoneNumberFromUserSample1Response",
    documentation:
      "This example disassociates the primary provisioned phone number from the specified Amazon Chime user.",
    command: DisassociatePhoneNumberFromUserCommand,
    input: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: "{}",
    params: {},
  },
  {
    id: "DisassociateSigninDelegateGroupsFromAccountSample1Response",
    documentation:
      "This example disassociates the specified sign-in delegate group from the specified Amazon Chime account.",
    command: DisassociateSigninDelegateGroupsFromAccountCommand,
    input: {
      AccountId: "AccountId 1/+é",
      GroupNames: ["GroupNames1-1", "GroupNames2-1"],
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: "{}",
    params: {},
  },
  {
    id: "GetAccountSample1Response",
    documentation: "This example retrieves details for the specified Amazon Chime account.",
    command: GetAccountCommand,
    input: {
      AccountId: "AccountId 1/+é",
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"Account":{"AccountId":"12a3456b-7c89-012d-3456-78901e23fg45","AccountStatus":"Active","AccountType":"EnterpriseDirectory","Admins":null,"AwsAccountId":"111122223333","BillingType":"SeatBilling","CreatedTimestamp":"2018-12-20T18:38:02.181Z","DefaultLicense":"Pro","DelegationStatus":"NoDelegation","DirectoryId":"d-906717dc08","Domains":null,"Groups":[{"GroupId":"basic_users","License":"Basic"},{"GroupId":"pro_users","License":"Pro"}],"Name":"EnterpriseDirectory","Owner":null,"SupportedLicenses":["Basic","Pro"],"UseProTrialLicense":false}}',
    params: {
      Account: {
        AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
        AccountStatus: "Active",
        AccountType: "EnterpriseDirectory",
        AwsAccountId: "111122223333",
        CreatedTimestamp: new Date("2018-12-20T18:38:02.181Z"),
        DefaultLicense: "Pro",
        Name: "EnterpriseDirectory",
        SupportedLicenses: ["Basic", "Pro"],
      },
    },
  },
  {
    id: "GetAccountSettingsSample1Response",
    documentation: "This example retrieves account settings for the specified account.",
    command: GetAccountSettingsCommand,
    input: {
      AccountId: "AccountId 1/+é",
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"AccountSettings":{"DisableRemoteControl":false,"EnableDialOut":false}}',
    params: {
      AccountSettings: {
        DisableRemoteControl: false,
        EnableDialOut: false,
      },
    },
  },
  {
    id: "GetGlobalSettingsSample1Response",
    documentation:
      "This example retrieves the global settings for the administrator's AWS account.",
    command: GetGlobalSettingsCommand,
    input: {},
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"BusinessCalling":{"CdrBucket":"s3bucket"},"VoiceConnector":{"CdrBucket":"s3bucket"}}',
    params: {
      BusinessCalling: {
        CdrBucket: "s3bucket",
      },
      VoiceConnector: {
        CdrBucket: "s3bucket",
      },
    },
  },
  {
    id: "GetPhoneNumberSettingsSample1Response",
    documentation:
      "This example retrieves the phone number settings for the administrator's AWS account.",
    command: GetPhoneNumberSettingsCommand,
    input: {},
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"CallingName":"myName","CallingNameUpdatedTimestamp":"2019-10-28T18:56:42.911Z"}',
    params: {
      CallingName: "myName",
      CallingNameUpdatedTimestamp: new Date("2019-10-28T18:56:42.911Z"),
    },
  },
  {
    id: "GetRoomSample1Response",
    documentation:
      "This example gets the details about the specified chat room, including the name.",
    command: GetRoomCommand,
    input: {
      AccountId: "AccountId 1/+é",
      RoomId: "RoomId 1/+é",
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"Room":{"AccountId":"12a3456b-7c89-012d-3456-78901e23fg45","CreatedBy":"arn:aws:iam::111122223333:user/alejandro","CreatedTimestamp":"2019-12-02T22:29:31.549Z","Name":"chatRoom","RoomId":"abcd1e2d-3456-4567-8901-e23fg4567890"}}',
    params: {
      Room: {
        AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
        CreatedBy: "arn:aws:iam::111122223333:user/alejandro",
        CreatedTimestamp: new Date("2019-12-02T22:29:31.549Z"),
        Name: "chatRoom",
        RoomId: "abcd1e2d-3456-4567-8901-e23fg4567890",
      },
    },
  },
  {
    id: "GetUserSample1Response",
    documentation: "This example lists details for the specified user.",
    command: GetUserCommand,
    input: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"User":{"AccountId":"12a3456b-7c89-012d-3456-78901e23fg45","Delegates":null,"Devices":null,"DisplayName":"user1","EmailAlias":[],"FullName":"user1","InvitedOn":null,"IsProTrial":false,"LastActiveOn":null,"LicenseType":"Pro","PersonalPIN":"XXXXXXXXXX","PresenceVisibility":"Public","PrimaryEmail":"user1@example.com","PrimaryProvisionedNumber":null,"RegisteredOn":"2018-12-20T18:45:25.231Z","UserId":"1ab2345c-67de-8901-f23g-45h678901j2k","UserInvitationStatus":null,"UserLocale":null,"UserRegistrationStatus":"Registered","Vanity":null}}',
    params: {
      User: {
        AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
        DisplayName: "user1",
        LicenseType: "Pro",
        PersonalPIN: "XXXXXXXXXX",
        PrimaryEmail: "user1@example.com",
        RegisteredOn: new Date("2018-12-20T18:45:25.231Z"),
        UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
        UserRegistrationStatus: "Registered",
      },
    },
  },
  {
    id: "GetUserSettingsSample1Response",
    documentation: "This example retrieves settings for the specified user ID.",
    command: GetUserSettingsCommand,
    input: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"UserSettings":{"Telephony":{"InboundCalling":true,"OutboundCalling":true,"SMS":true}}}',
    params: {
      UserSettings: {
        Telephony: {
          InboundCalling: true,
          OutboundCalling: true,
          SMS: true,
        },
      },
    },
  },
  {
    id: "ListAccountsSample1Response",
    documentation:
      "This example lists the Amazon Chime accounts under the administrator's AWS account.",
    command: ListAccountsCommand,
    input: {
      MaxResults: 7,
      Name: "Name-1",
      NextToken: "NextToken-1",
      UserEmail: "UserEmail-1",
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"Accounts":[{"AccountId":"12a3456b-7c89-012d-3456-78901e23fg45","AccountStatus":"Active","AccountType":"EnterpriseDirectory","Admins":null,"AwsAccountId":"111122223333","BillingType":"SeatBilling","CreatedTimestamp":"2018-12-20T18:38:02.181Z","DefaultLicense":"Pro","DelegationStatus":"NoDelegation","DirectoryId":"d-906717dc08","Domains":null,"Groups":[{"GroupId":"basic_users","License":"Basic"},{"GroupId":"pro_users","License":"Pro"}],"Name":"Example1","Owner":null,"SupportedLicenses":["Basic","Pro"],"UseProTrialLicense":false},{"AccountId":"22a3456b-7c89-012d-3456-78901e23fg45","AccountStatus":"Active","AccountType":"Team","Admins":null,"AwsAccountId":"111122223333","BillingType":"SeatBilling","CreatedTimestamp":"2018-12-18T20:47:27.121Z","DefaultLicense":"Pro","DelegationStatus":"NoDelegation","DirectoryId":null,"Domains":null,"Groups":[],"Name":"Example2","Owner":null,"SupportedLicenses":["Basic","Pro"],"UseProTrialLicense":false}],"NextToken":null}',
    params: {
      Accounts: [
        {
          AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
          AccountStatus: "Active",
          AccountType: "EnterpriseDirectory",
          AwsAccountId: "111122223333",
          CreatedTimestamp: new Date("2018-12-20T18:38:02.181Z"),
          DefaultLicense: "Pro",
          Name: "Example1",
          SupportedLicenses: ["Basic", "Pro"],
        },
        {
          AccountId: "22a3456b-7c89-012d-3456-78901e23fg45",
          AccountStatus: "Active",
          AccountType: "Team",
          AwsAccountId: "111122223333",
          CreatedTimestamp: new Date("2018-12-18T20:47:27.121Z"),
          DefaultLicense: "Pro",
          Name: "Example2",
          SupportedLicenses: ["Basic", "Pro"],
        },
      ],
    },
  },
  {
    id: "ListUsersSample1Response",
    documentation: "This example lists the users for the specified Amazon Chime account.",
    command: ListUsersCommand,
    input: {
      AccountId: "AccountId 1/+é",
      MaxResults: 7,
      NextToken: "NextToken-1",
      UserEmail: "UserEmail-1",
      UserType: "PrivateUser",
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"NextToken":null,"Users":[{"AccountId":"12a3456b-7c89-012d-3456-78901e23fg45","Delegates":null,"Devices":null,"DisplayName":"user1","EmailAlias":[],"FullName":"user1","InvitedOn":null,"IsProTrial":false,"LastActiveOn":null,"LicenseType":"Pro","PersonalPIN":null,"PresenceVisibility":null,"PrimaryEmail":"user1@example.com","PrimaryProvisionedNumber":null,"RegisteredOn":"2018-12-20T18:45:25.231Z","UserId":"1ab2345c-67de-8901-f23g-45h678901j2k","UserInvitationStatus":null,"UserLocale":null,"UserRegistrationStatus":"Registered","Vanity":null},{"AccountId":"12a3456b-7c89-012d-3456-78901e23fg45","Delegates":null,"Devices":null,"DisplayName":"user2","EmailAlias":[],"FullName":"user2","InvitedOn":null,"IsProTrial":false,"LastActiveOn":null,"LicenseType":"Pro","PersonalPIN":null,"PresenceVisibility":null,"PrimaryEmail":"user2@example.com","PrimaryProvisionedNumber":null,"RegisteredOn":"2018-12-20T18:45:45.415Z","UserId":"2ab2345c-67de-8901-f23g-45h678901j2k","UserInvitationStatus":null,"UserLocale":null,"UserRegistrationStatus":"Registered","Vanity":null},{"AccountId":"12a3456b-7c89-012d-3456-78901e23fg45","Delegates":null,"Devices":null,"DisplayName":"user3","EmailAlias":[],"FullName":"user3","InvitedOn":null,"IsProTrial":false,"LastActiveOn":null,"LicenseType":"Basic","PersonalPIN":null,"PresenceVisibility":null,"PrimaryEmail":"user3@example.com","PrimaryProvisionedNumber":null,"RegisteredOn":"2018-12-20T18:46:57.747Z","UserId":"3ab2345c-67de-8901-f23g-45h678901j2k","UserInvitationStatus":null,"UserLocale":null,"UserRegistrationStatus":"Registered","Vanity":null},{"AccountId":"12a3456b-7c89-012d-3456-78901e23fg45","Delegates":null,"Devices":null,"DisplayName":"user4","EmailAlias":[],"FullName":"user4","InvitedOn":null,"IsProTrial":false,"LastActiveOn":null,"LicenseType":"Basic","PersonalPIN":null,"PresenceVisibility":null,"PrimaryEmail":"user4@example.com","PrimaryProvisionedNumber":null,"RegisteredOn":"2018-12-20T18:47:15.390Z","UserId":"4ab2345c-67de-8901-f23g-45h678901j2k","UserInvitationStatus":null,"UserLocale":null,"UserRegistrationStatus":"Registered","Vanity":null}]}',
    params: {
      Users: [
        {
          AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
          DisplayName: "user1",
          LicenseType: "Pro",
          PrimaryEmail: "user1@example.com",
          RegisteredOn: new Date("2018-12-20T18:45:25.231Z"),
          UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
          UserRegistrationStatus: "Registered",
        },
        {
          AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
          DisplayName: "user2",
          LicenseType: "Pro",
          PrimaryEmail: "user2@example.com",
          RegisteredOn: new Date("2018-12-20T18:45:45.415Z"),
          UserId: "2ab2345c-67de-8901-f23g-45h678901j2k",
          UserRegistrationStatus: "Registered",
        },
        {
          AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
          DisplayName: "user3",
          LicenseType: "Basic",
          PrimaryEmail: "user3@example.com",
          RegisteredOn: new Date("2018-12-20T18:46:57.747Z"),
          UserId: "3ab2345c-67de-8901-f23g-45h678901j2k",
          UserRegistrationStatus: "Registered",
        },
        {
          AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
          DisplayName: "user4",
          LicenseType: "Basic",
          PrimaryEmail: "user4@example.com",
          RegisteredOn: new Date("2018-12-20T18:47:15.390Z"),
          UserId: "4ab2345c-67de-8901-f23g-45h678901j2k",
          UserRegistrationStatus: "Registered",
        },
      ],
    },
  },
  {
    id: "LogoutUserSample1Response",
    documentation: "This example logs out the specified user.",
    command: LogoutUserCommand,
    input: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
    },
    code: 204,
    headers: {},
    params: {},
  },
  {
    id: "ResetPersonalPINSample1Response",
    documentation: "This example resets the personal meeting PIN for the specified user.",
    command: ResetPersonalPINCommand,
    input: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"User":{"AccountId":"12a3456b-7c89-012d-3456-78901e23fg45","Delegates":null,"Devices":null,"DisplayName":"user1","EmailAlias":[],"FullName":"user1","InvitedOn":null,"IsProTrial":false,"LastActiveOn":null,"LicenseType":"Pro","PersonalPIN":"XXXXXXXXXXXX","PresenceVisibility":null,"PrimaryEmail":"user1@example.com","PrimaryProvisionedNumber":null,"RegisteredOn":"2018-12-20T18:45:25.231Z","UserId":"1ab2345c-67de-8901-f23g-45h678901j2k","UserInvitationStatus":null,"UserLocale":null,"UserRegistrationStatus":"Registered","Vanity":null}}',
    params: {
      User: {
        AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
        DisplayName: "user1",
        LicenseType: "Pro",
        PersonalPIN: "XXXXXXXXXXXX",
        PrimaryEmail: "user1@example.com",
        RegisteredOn: new Date("2018-12-20T18:45:25.231Z"),
        UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
        UserRegistrationStatus: "Registered",
      },
    },
  },
  {
    id: "SearchAvailablePhoneNumbersSample1Response",
    documentation: "This example searches for phone numbers with an area code of 206.",
    command: SearchAvailablePhoneNumbersCommand,
    input: {
      AreaCode: "AreaCode-1",
      City: "City-1",
      Country: "Country-1",
      MaxResults: 7,
      NextToken: "NextToken-1",
      PhoneNumberType: "Local",
      State: "State-1",
      TollFreePrefix: "TollFreePrefix-1",
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"E164PhoneNumbers":["+12065550100","+12065550101","+12065550102"],"NextToken":null}',
    params: {
      E164PhoneNumbers: ["+12065550100", "+12065550101", "+12065550102"],
    },
  },
  {
    id: "SearchAvailablePhoneNumbersSample2Response",
    documentation: "This example searches local phone numbers in the United Kingdom.",
    command: SearchAvailablePhoneNumbersCommand,
    input: {
      AreaCode: "AreaCode-1",
      City: "City-1",
      Country: "Country-1",
      MaxResults: 7,
      NextToken: "NextToken-1",
      PhoneNumberType: "Local",
      State: "State-1",
      TollFreePrefix: "TollFreePrefix-1",
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"E164PhoneNumbers":["+442012345677","+442012345678","+442012345679"],"NextToken":null}',
    params: {
      E164PhoneNumbers: ["+442012345677", "+442012345678", "+442012345679"],
    },
  },
  {
    id: "UpdateAccountSample1Response",
    documentation: "This example updates the specified account name.",
    command: UpdateAccountCommand,
    input: {
      AccountId: "AccountId 1/+é",
      DefaultLicense: "Basic",
      Name: "Name-1",
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"Account":{"AccountId":"12a3456b-7c89-012d-3456-78901e23fg45","AccountStatus":"Active","AccountType":"Team","Admins":null,"AwsAccountId":"111122223333","BillingType":"SeatBilling","CreatedTimestamp":"2018-09-04T21:44:22.292Z","DefaultLicense":"Pro","DelegationStatus":"NoDelegation","DirectoryId":null,"Domains":null,"Groups":[],"Name":"Example3","Owner":null,"SupportedLicenses":["Basic","Pro"],"UseProTrialLicense":false}}',
    params: {
      Account: {
        AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
        AccountStatus: "Active",
        AccountType: "Team",
        AwsAccountId: "111122223333",
        CreatedTimestamp: new Date("2018-09-04T21:44:22.292Z"),
        DefaultLicense: "Pro",
        Name: "Example3",
        SupportedLicenses: ["Basic", "Pro"],
      },
    },
  },
  {
    id: "UpdateAccountSettingsSample1Response",
    documentation:
      "This example disables the remote control of shared screens for the specified Amazon Chime account.",
    command: UpdateAccountSettingsCommand,
    input: {
      AccountId: "AccountId 1/+é",
      AccountSettings: {
        DisableRemoteControl: true,
        EnableDialOut: true,
      },
    },
    code: 204,
    headers: {},
    params: {},
  },
  {
    id: "UpdateGlobalSettingsSample1Response",
    documentation: "This example updates the global settings for the administrator's AWS account.",
    command: UpdateGlobalSettingsCommand,
    input: {
      BusinessCalling: {
        CdrBucket: "CdrBucket-1",
      },
      VoiceConnector: {
        CdrBucket: "CdrBucket-1",
      },
    },
    code: 204,
    headers: {},
    params: {},
  },
  {
    id: "UpdatePhoneNumberSettingsSample1Response",
    documentation:
      "This example updates the default outbound calling name for the administrator's AWS account.",
    command: UpdatePhoneNumberSettingsCommand,
    input: {
      CallingName: "CallingName-1",
    },
    code: 204,
    headers: {},
    params: {},
  },
  {
    id: "UpdateUserSample1Response",
    documentation: "This example updates the specified details for the specified user.",
    command: UpdateUserCommand,
    input: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
      AlexaForBusinessMetadata: {
        AlexaForBusinessRoomArn: "AlexaForBusinessRoomArn-1",
        IsAlexaForBusinessEnabled: true,
      },
      LicenseType: "Basic",
      UserType: "PrivateUser",
    },
    code: 200,
    headers: {
      "Content-Type": "application/json",
    },
    body: '{"User":{"AccountId":null,"Delegates":null,"Devices":null,"DisplayName":null,"EmailAlias":null,"FullName":null,"InvitedOn":null,"IsProTrial":null,"LastActiveOn":null,"LicenseType":null,"PersonalPIN":null,"PresenceVisibility":null,"PrimaryEmail":null,"PrimaryProvisionedNumber":null,"RegisteredOn":null,"UserId":"1ab2345c-67de-8901-f23g-45h678901j2k","UserInvitationStatus":null,"UserLocale":null,"UserRegistrationStatus":null,"Vanity":null}}',
    params: {
      User: {
        UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
      },
    },
  },
  {
    id: "UpdateUserSettingsSample1Response",
    documentation: "This example updates the settings for the specified user.",
    command: UpdateUserSettingsCommand,
    input: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
      UserSettings: {
        Telephony: {
          InboundCalling: true,
          OutboundCalling: true,
          SMS: true,
        },
      },
    },
    code: 204,
    headers: {},
    params: {},
  },
];
