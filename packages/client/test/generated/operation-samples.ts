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
import {
  listAccountsItems,
  paginateListAccounts,
} from "../../src/generated/pagination/ListAccountsPaginator.js";
import {
  listBotsItems,
  paginateListBots,
} from "../../src/generated/pagination/ListBotsPaginator.js";
import {
  listPhoneNumberOrdersItems,
  paginateListPhoneNumberOrders,
} from "../../src/generated/pagination/ListPhoneNumberOrdersPaginator.js";
import {
  listPhoneNumbersItems,
  paginateListPhoneNumbers,
} from "../../src/generated/pagination/ListPhoneNumbersPaginator.js";
import {
  listRoomMembershipsItems,
  paginateListRoomMemberships,
} from "../../src/generated/pagination/ListRoomMembershipsPaginator.js";
import {
  listRoomsItems,
  paginateListRooms,
} from "../../src/generated/pagination/ListRoomsPaginator.js";
import {
  listUsersItems,
  paginateListUsers,
} from "../../src/generated/pagination/ListUsersPaginator.js";
import {
  paginateSearchAvailablePhoneNumbers,
  searchAvailablePhoneNumbersItems,
} from "../../src/generated/pagination/SearchAvailablePhoneNumbersPaginator.js";
import type { OperationSample } from "../support/cases.js";
export const operationSamples: OperationSample[] = [
  {
    operation: "AssociatePhoneNumberWithUser",
    command: AssociatePhoneNumberWithUserCommand,
    method: "associatePhoneNumberWithUser",
    input: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
      E164PhoneNumber: "E164PhoneNumber-1",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
      E164PhoneNumber: "E164PhoneNumber-1",
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/users/{UserId}",
      queryLiterals: {
        operation: "associate-phone-number",
      },
    },
    response: {
      statusCode: 200,
    },
  },
  {
    operation: "AssociateSigninDelegateGroupsWithAccount",
    command: AssociateSigninDelegateGroupsWithAccountCommand,
    method: "associateSigninDelegateGroupsWithAccount",
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
    requiredInput: {
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
    http: {
      method: "POST",
      path: "/accounts/{AccountId}",
      queryLiterals: {
        operation: "associate-signin-delegate-groups",
      },
    },
    response: {
      statusCode: 200,
    },
  },
  {
    operation: "BatchCreateRoomMembership",
    command: BatchCreateRoomMembershipCommand,
    method: "batchCreateRoomMembership",
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
    requiredInput: {
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
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/rooms/{RoomId}/memberships",
      queryLiterals: {
        operation: "batch-create",
      },
    },
    response: {
      statusCode: 201,
      body: '{"Errors":[{"ErrorCode":"AccessDenied","ErrorMessage":"ErrorMessage-1","MemberId":"MemberId-1"},{"ErrorCode":"AccessDenied","ErrorMessage":"ErrorMessage-1","MemberId":"MemberId-1"}]}',
    },
  },
  {
    operation: "BatchDeletePhoneNumber",
    command: BatchDeletePhoneNumberCommand,
    method: "batchDeletePhoneNumber",
    input: {
      PhoneNumberIds: ["PhoneNumberIds1-1", "PhoneNumberIds2-1"],
    },
    requiredInput: {
      PhoneNumberIds: ["PhoneNumberIds1-1", "PhoneNumberIds2-1"],
    },
    http: {
      method: "POST",
      path: "/phone-numbers",
      queryLiterals: {
        operation: "batch-delete",
      },
    },
    response: {
      statusCode: 200,
      body: '{"PhoneNumberErrors":[{"ErrorCode":"AccessDenied","ErrorMessage":"ErrorMessage-1","PhoneNumberId":"PhoneNumberId-1"},{"ErrorCode":"AccessDenied","ErrorMessage":"ErrorMessage-1","PhoneNumberId":"PhoneNumberId-1"}]}',
    },
  },
  {
    operation: "BatchSuspendUser",
    command: BatchSuspendUserCommand,
    method: "batchSuspendUser",
    input: {
      AccountId: "AccountId 1/+é",
      UserIdList: ["UserIdList1-1", "UserIdList2-1"],
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      UserIdList: ["UserIdList1-1", "UserIdList2-1"],
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/users",
      queryLiterals: {
        operation: "suspend",
      },
    },
    response: {
      statusCode: 200,
      body: '{"UserErrors":[{"ErrorCode":"AccessDenied","ErrorMessage":"ErrorMessage-1","UserId":"UserId-1"},{"ErrorCode":"AccessDenied","ErrorMessage":"ErrorMessage-1","UserId":"UserId-1"}]}',
    },
  },
  {
    operation: "BatchUnsuspendUser",
    command: BatchUnsuspendUserCommand,
    method: "batchUnsuspendUser",
    input: {
      AccountId: "AccountId 1/+é",
      UserIdList: ["UserIdList1-1", "UserIdList2-1"],
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      UserIdList: ["UserIdList1-1", "UserIdList2-1"],
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/users",
      queryLiterals: {
        operation: "unsuspend",
      },
    },
    response: {
      statusCode: 200,
      body: '{"UserErrors":[{"ErrorCode":"AccessDenied","ErrorMessage":"ErrorMessage-1","UserId":"UserId-1"},{"ErrorCode":"AccessDenied","ErrorMessage":"ErrorMessage-1","UserId":"UserId-1"}]}',
    },
  },
  {
    operation: "BatchUpdatePhoneNumber",
    command: BatchUpdatePhoneNumberCommand,
    method: "batchUpdatePhoneNumber",
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
    requiredInput: {
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
    http: {
      method: "POST",
      path: "/phone-numbers",
      queryLiterals: {
        operation: "batch-update",
      },
    },
    response: {
      statusCode: 200,
      body: '{"PhoneNumberErrors":[{"ErrorCode":"AccessDenied","ErrorMessage":"ErrorMessage-1","PhoneNumberId":"PhoneNumberId-1"},{"ErrorCode":"AccessDenied","ErrorMessage":"ErrorMessage-1","PhoneNumberId":"PhoneNumberId-1"}]}',
    },
  },
  {
    operation: "BatchUpdateUser",
    command: BatchUpdateUserCommand,
    method: "batchUpdateUser",
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
    requiredInput: {
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
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/users",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"UserErrors":[{"ErrorCode":"AccessDenied","ErrorMessage":"ErrorMessage-1","UserId":"UserId-1"},{"ErrorCode":"AccessDenied","ErrorMessage":"ErrorMessage-1","UserId":"UserId-1"}]}',
    },
  },
  {
    operation: "CreateAccount",
    command: CreateAccountCommand,
    method: "createAccount",
    input: {
      Name: "Name-1",
    },
    requiredInput: {
      Name: "Name-1",
    },
    http: {
      method: "POST",
      path: "/accounts",
      queryLiterals: {},
    },
    response: {
      statusCode: 201,
      body: '{"Account":{"AccountId":"AccountId-1","AwsAccountId":"AwsAccountId-1","Name":"Name-1","AccountStatus":"Active","AccountType":"EnterpriseDirectory","CreatedTimestamp":"2020-01-02T03:04:05.678Z","DefaultLicense":"Basic","SigninDelegateGroups":[{"GroupName":"GroupName-1"},{"GroupName":"GroupName-1"}],"SupportedLicenses":["Basic","Basic"]}}',
    },
  },
  {
    operation: "CreateBot",
    command: CreateBotCommand,
    method: "createBot",
    input: {
      AccountId: "AccountId 1/+é",
      DisplayName: "DisplayName-1",
      Domain: "Domain-1",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      DisplayName: "DisplayName-1",
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/bots",
      queryLiterals: {},
    },
    response: {
      statusCode: 201,
      body: '{"Bot":{"BotEmail":"BotEmail-1","BotId":"BotId-1","BotType":"ChatBot","CreatedTimestamp":"2020-01-02T03:04:05.678Z","Disabled":true,"DisplayName":"DisplayName-1","SecurityToken":"SecurityToken-1","UpdatedTimestamp":"2020-01-02T03:04:05.678Z","UserId":"UserId-1"}}',
    },
  },
  {
    operation: "CreateMeetingDialOut",
    command: CreateMeetingDialOutCommand,
    method: "createMeetingDialOut",
    input: {
      MeetingId: "MeetingId 1/+é",
      FromPhoneNumber: "FromPhoneNumber-1",
      JoinToken: "JoinToken-1",
      ToPhoneNumber: "ToPhoneNumber-1",
    },
    requiredInput: {
      MeetingId: "MeetingId 1/+é",
      FromPhoneNumber: "FromPhoneNumber-1",
      JoinToken: "JoinToken-1",
      ToPhoneNumber: "ToPhoneNumber-1",
    },
    http: {
      method: "POST",
      path: "/meetings/{MeetingId}/dial-outs",
      queryLiterals: {},
    },
    response: {
      statusCode: 201,
      body: '{"TransactionId":"TransactionId-1"}',
    },
  },
  {
    operation: "CreatePhoneNumberOrder",
    command: CreatePhoneNumberOrderCommand,
    method: "createPhoneNumberOrder",
    input: {
      E164PhoneNumbers: ["E164PhoneNumbers1-1", "E164PhoneNumbers2-1"],
      ProductType: "BusinessCalling",
    },
    requiredInput: {
      E164PhoneNumbers: ["E164PhoneNumbers1-1", "E164PhoneNumbers2-1"],
      ProductType: "BusinessCalling",
    },
    http: {
      method: "POST",
      path: "/phone-number-orders",
      queryLiterals: {},
    },
    response: {
      statusCode: 201,
      body: '{"PhoneNumberOrder":{"CreatedTimestamp":"2020-01-02T03:04:05.678Z","OrderedPhoneNumbers":[{"E164PhoneNumber":"E164PhoneNumber-1","Status":"Acquired"},{"E164PhoneNumber":"E164PhoneNumber-1","Status":"Acquired"}],"PhoneNumberOrderId":"PhoneNumberOrderId-1","ProductType":"BusinessCalling","Status":"Failed","UpdatedTimestamp":"2020-01-02T03:04:05.678Z"}}',
    },
  },
  {
    operation: "CreateRoom",
    command: CreateRoomCommand,
    method: "createRoom",
    input: {
      AccountId: "AccountId 1/+é",
      ClientRequestToken: "ClientRequestToken-token",
      Name: "Name-1",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      Name: "Name-1",
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/rooms",
      queryLiterals: {},
    },
    response: {
      statusCode: 201,
      body: '{"Room":{"AccountId":"AccountId-1","CreatedBy":"CreatedBy-1","CreatedTimestamp":"2020-01-02T03:04:05.678Z","Name":"Name-1","RoomId":"RoomId-1","UpdatedTimestamp":"2020-01-02T03:04:05.678Z"}}',
    },
  },
  {
    operation: "CreateRoomMembership",
    command: CreateRoomMembershipCommand,
    method: "createRoomMembership",
    input: {
      AccountId: "AccountId 1/+é",
      RoomId: "RoomId 1/+é",
      MemberId: "MemberId-1",
      Role: "Administrator",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      RoomId: "RoomId 1/+é",
      MemberId: "MemberId-1",
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/rooms/{RoomId}/memberships",
      queryLiterals: {},
    },
    response: {
      statusCode: 201,
      body: '{"RoomMembership":{"InvitedBy":"InvitedBy-1","Member":{"AccountId":"AccountId-1","Email":"Email-1","FullName":"FullName-1","MemberId":"MemberId-1","MemberType":"Bot"},"Role":"Administrator","RoomId":"RoomId-1","UpdatedTimestamp":"2020-01-02T03:04:05.678Z"}}',
    },
  },
  {
    operation: "CreateUser",
    command: CreateUserCommand,
    method: "createUser",
    input: {
      AccountId: "AccountId 1/+é",
      Email: "Email-1",
      Username: "Username-1",
      UserType: "PrivateUser",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/users",
      queryLiterals: {
        operation: "create",
      },
    },
    response: {
      statusCode: 201,
      body: '{"User":{"UserId":"UserId-1","AccountId":"AccountId-1","AlexaForBusinessMetadata":{"AlexaForBusinessRoomArn":"AlexaForBusinessRoomArn-1","IsAlexaForBusinessEnabled":true},"DisplayName":"DisplayName-1","InvitedOn":"2020-01-02T03:04:05.678Z","LicenseType":"Basic","PersonalPIN":"PersonalPIN-1","PrimaryEmail":"PrimaryEmail-1","PrimaryProvisionedNumber":"PrimaryProvisionedNumber-1","RegisteredOn":"2020-01-02T03:04:05.678Z","UserInvitationStatus":"Accepted","UserRegistrationStatus":"Registered","UserType":"PrivateUser"}}',
    },
  },
  {
    operation: "DeleteAccount",
    command: DeleteAccountCommand,
    method: "deleteAccount",
    input: {
      AccountId: "AccountId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
    },
    http: {
      method: "DELETE",
      path: "/accounts/{AccountId}",
      queryLiterals: {},
    },
    response: {
      statusCode: 204,
    },
  },
  {
    operation: "DeleteEventsConfiguration",
    command: DeleteEventsConfigurationCommand,
    method: "deleteEventsConfiguration",
    input: {
      AccountId: "AccountId 1/+é",
      BotId: "BotId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      BotId: "BotId 1/+é",
    },
    http: {
      method: "DELETE",
      path: "/accounts/{AccountId}/bots/{BotId}/events-configuration",
      queryLiterals: {},
    },
    response: {
      statusCode: 204,
    },
  },
  {
    operation: "DeletePhoneNumber",
    command: DeletePhoneNumberCommand,
    method: "deletePhoneNumber",
    input: {
      PhoneNumberId: "PhoneNumberId 1/+é",
    },
    requiredInput: {
      PhoneNumberId: "PhoneNumberId 1/+é",
    },
    http: {
      method: "DELETE",
      path: "/phone-numbers/{PhoneNumberId}",
      queryLiterals: {},
    },
    response: {
      statusCode: 204,
    },
  },
  {
    operation: "DeleteRoom",
    command: DeleteRoomCommand,
    method: "deleteRoom",
    input: {
      AccountId: "AccountId 1/+é",
      RoomId: "RoomId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      RoomId: "RoomId 1/+é",
    },
    http: {
      method: "DELETE",
      path: "/accounts/{AccountId}/rooms/{RoomId}",
      queryLiterals: {},
    },
    response: {
      statusCode: 204,
    },
  },
  {
    operation: "DeleteRoomMembership",
    command: DeleteRoomMembershipCommand,
    method: "deleteRoomMembership",
    input: {
      AccountId: "AccountId 1/+é",
      MemberId: "MemberId 1/+é",
      RoomId: "RoomId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      MemberId: "MemberId 1/+é",
      RoomId: "RoomId 1/+é",
    },
    http: {
      method: "DELETE",
      path: "/accounts/{AccountId}/rooms/{RoomId}/memberships/{MemberId}",
      queryLiterals: {},
    },
    response: {
      statusCode: 204,
    },
  },
  {
    operation: "DisassociatePhoneNumberFromUser",
    command: DisassociatePhoneNumberFromUserCommand,
    method: "disassociatePhoneNumberFromUser",
    input: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/users/{UserId}",
      queryLiterals: {
        operation: "disassociate-phone-number",
      },
    },
    response: {
      statusCode: 200,
    },
  },
  {
    operation: "DisassociateSigninDelegateGroupsFromAccount",
    command: DisassociateSigninDelegateGroupsFromAccountCommand,
    method: "disassociateSigninDelegateGroupsFromAccount",
    input: {
      AccountId: "AccountId 1/+é",
      GroupNames: ["GroupNames1-1", "GroupNames2-1"],
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      GroupNames: ["GroupNames1-1", "GroupNames2-1"],
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}",
      queryLiterals: {
        operation: "disassociate-signin-delegate-groups",
      },
    },
    response: {
      statusCode: 200,
    },
  },
  {
    operation: "GetAccount",
    command: GetAccountCommand,
    method: "getAccount",
    input: {
      AccountId: "AccountId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
    },
    http: {
      method: "GET",
      path: "/accounts/{AccountId}",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"Account":{"AccountId":"AccountId-1","AwsAccountId":"AwsAccountId-1","Name":"Name-1","AccountStatus":"Active","AccountType":"EnterpriseDirectory","CreatedTimestamp":"2020-01-02T03:04:05.678Z","DefaultLicense":"Basic","SigninDelegateGroups":[{"GroupName":"GroupName-1"},{"GroupName":"GroupName-1"}],"SupportedLicenses":["Basic","Basic"]}}',
    },
  },
  {
    operation: "GetAccountSettings",
    command: GetAccountSettingsCommand,
    method: "getAccountSettings",
    input: {
      AccountId: "AccountId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
    },
    http: {
      method: "GET",
      path: "/accounts/{AccountId}/settings",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"AccountSettings":{"DisableRemoteControl":true,"EnableDialOut":true}}',
    },
  },
  {
    operation: "GetBot",
    command: GetBotCommand,
    method: "getBot",
    input: {
      AccountId: "AccountId 1/+é",
      BotId: "BotId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      BotId: "BotId 1/+é",
    },
    http: {
      method: "GET",
      path: "/accounts/{AccountId}/bots/{BotId}",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"Bot":{"BotEmail":"BotEmail-1","BotId":"BotId-1","BotType":"ChatBot","CreatedTimestamp":"2020-01-02T03:04:05.678Z","Disabled":true,"DisplayName":"DisplayName-1","SecurityToken":"SecurityToken-1","UpdatedTimestamp":"2020-01-02T03:04:05.678Z","UserId":"UserId-1"}}',
    },
  },
  {
    operation: "GetEventsConfiguration",
    command: GetEventsConfigurationCommand,
    method: "getEventsConfiguration",
    input: {
      AccountId: "AccountId 1/+é",
      BotId: "BotId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      BotId: "BotId 1/+é",
    },
    http: {
      method: "GET",
      path: "/accounts/{AccountId}/bots/{BotId}/events-configuration",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"EventsConfiguration":{"BotId":"BotId-1","LambdaFunctionArn":"LambdaFunctionArn-1","OutboundEventsHTTPSEndpoint":"OutboundEventsHTTPSEndpoint-1"}}',
    },
  },
  {
    operation: "GetGlobalSettings",
    command: GetGlobalSettingsCommand,
    method: "getGlobalSettings",
    input: {},
    requiredInput: {},
    http: {
      method: "GET",
      path: "/settings",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"BusinessCalling":{"CdrBucket":"CdrBucket-1"},"VoiceConnector":{"CdrBucket":"CdrBucket-1"}}',
    },
  },
  {
    operation: "GetPhoneNumber",
    command: GetPhoneNumberCommand,
    method: "getPhoneNumber",
    input: {
      PhoneNumberId: "PhoneNumberId 1/+é",
    },
    requiredInput: {
      PhoneNumberId: "PhoneNumberId 1/+é",
    },
    http: {
      method: "GET",
      path: "/phone-numbers/{PhoneNumberId}",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"PhoneNumber":{"Associations":[{"AssociatedTimestamp":"2020-01-02T03:04:05.678Z","Name":"AccountId","Value":"Value-1"},{"AssociatedTimestamp":"2020-01-02T03:04:05.678Z","Name":"AccountId","Value":"Value-1"}],"CallingName":"CallingName-1","CallingNameStatus":"Unassigned","Capabilities":{"InboundCall":true,"InboundMMS":true,"InboundSMS":true,"OutboundCall":true,"OutboundMMS":true,"OutboundSMS":true},"Country":"Country-1","CreatedTimestamp":"2020-01-02T03:04:05.678Z","DeletionTimestamp":"2020-01-02T03:04:05.678Z","E164PhoneNumber":"E164PhoneNumber-1","PhoneNumberId":"PhoneNumberId-1","ProductType":"BusinessCalling","Status":"AcquireFailed","Type":"Local","UpdatedTimestamp":"2020-01-02T03:04:05.678Z"}}',
    },
  },
  {
    operation: "GetPhoneNumberOrder",
    command: GetPhoneNumberOrderCommand,
    method: "getPhoneNumberOrder",
    input: {
      PhoneNumberOrderId: "PhoneNumberOrderId 1/+é",
    },
    requiredInput: {
      PhoneNumberOrderId: "PhoneNumberOrderId 1/+é",
    },
    http: {
      method: "GET",
      path: "/phone-number-orders/{PhoneNumberOrderId}",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"PhoneNumberOrder":{"CreatedTimestamp":"2020-01-02T03:04:05.678Z","OrderedPhoneNumbers":[{"E164PhoneNumber":"E164PhoneNumber-1","Status":"Acquired"},{"E164PhoneNumber":"E164PhoneNumber-1","Status":"Acquired"}],"PhoneNumberOrderId":"PhoneNumberOrderId-1","ProductType":"BusinessCalling","Status":"Failed","UpdatedTimestamp":"2020-01-02T03:04:05.678Z"}}',
    },
  },
  {
    operation: "GetPhoneNumberSettings",
    command: GetPhoneNumberSettingsCommand,
    method: "getPhoneNumberSettings",
    input: {},
    requiredInput: {},
    http: {
      method: "GET",
      path: "/settings/phone-number",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"CallingName":"CallingName-1","CallingNameUpdatedTimestamp":"2020-01-02T03:04:05.678Z"}',
    },
  },
  {
    operation: "GetRetentionSettings",
    command: GetRetentionSettingsCommand,
    method: "getRetentionSettings",
    input: {
      AccountId: "AccountId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
    },
    http: {
      method: "GET",
      path: "/accounts/{AccountId}/retention-settings",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"InitiateDeletionTimestamp":"2020-01-02T03:04:05.678Z","RetentionSettings":{"ConversationRetentionSettings":{"RetentionDays":7},"RoomRetentionSettings":{"RetentionDays":7}}}',
    },
  },
  {
    operation: "GetRoom",
    command: GetRoomCommand,
    method: "getRoom",
    input: {
      AccountId: "AccountId 1/+é",
      RoomId: "RoomId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      RoomId: "RoomId 1/+é",
    },
    http: {
      method: "GET",
      path: "/accounts/{AccountId}/rooms/{RoomId}",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"Room":{"AccountId":"AccountId-1","CreatedBy":"CreatedBy-1","CreatedTimestamp":"2020-01-02T03:04:05.678Z","Name":"Name-1","RoomId":"RoomId-1","UpdatedTimestamp":"2020-01-02T03:04:05.678Z"}}',
    },
  },
  {
    operation: "GetUser",
    command: GetUserCommand,
    method: "getUser",
    input: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
    },
    http: {
      method: "GET",
      path: "/accounts/{AccountId}/users/{UserId}",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"User":{"UserId":"UserId-1","AccountId":"AccountId-1","AlexaForBusinessMetadata":{"AlexaForBusinessRoomArn":"AlexaForBusinessRoomArn-1","IsAlexaForBusinessEnabled":true},"DisplayName":"DisplayName-1","InvitedOn":"2020-01-02T03:04:05.678Z","LicenseType":"Basic","PersonalPIN":"PersonalPIN-1","PrimaryEmail":"PrimaryEmail-1","PrimaryProvisionedNumber":"PrimaryProvisionedNumber-1","RegisteredOn":"2020-01-02T03:04:05.678Z","UserInvitationStatus":"Accepted","UserRegistrationStatus":"Registered","UserType":"PrivateUser"}}',
    },
  },
  {
    operation: "GetUserSettings",
    command: GetUserSettingsCommand,
    method: "getUserSettings",
    input: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
    },
    http: {
      method: "GET",
      path: "/accounts/{AccountId}/users/{UserId}/settings",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"UserSettings":{"Telephony":{"InboundCalling":true,"OutboundCalling":true,"SMS":true}}}',
    },
  },
  {
    operation: "InviteUsers",
    command: InviteUsersCommand,
    method: "inviteUsers",
    input: {
      AccountId: "AccountId 1/+é",
      UserEmailList: ["UserEmailList1-1", "UserEmailList2-1"],
      UserType: "PrivateUser",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      UserEmailList: ["UserEmailList1-1", "UserEmailList2-1"],
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/users",
      queryLiterals: {
        operation: "add",
      },
    },
    response: {
      statusCode: 201,
      body: '{"Invites":[{"EmailAddress":"EmailAddress-1","EmailStatus":"Failed","InviteId":"InviteId-1","Status":"Accepted"},{"EmailAddress":"EmailAddress-1","EmailStatus":"Failed","InviteId":"InviteId-1","Status":"Accepted"}]}',
    },
  },
  {
    operation: "ListAccounts",
    command: ListAccountsCommand,
    method: "listAccounts",
    input: {
      MaxResults: 7,
      Name: "Name-1",
      NextToken: "NextToken-1",
      UserEmail: "UserEmail-1",
    },
    requiredInput: {},
    http: {
      method: "GET",
      path: "/accounts",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"Accounts":[{"AccountId":"AccountId-1","AwsAccountId":"AwsAccountId-1","Name":"Name-1","AccountStatus":"Active","AccountType":"EnterpriseDirectory","CreatedTimestamp":"2020-01-02T03:04:05.678Z","DefaultLicense":"Basic","SigninDelegateGroups":[{"GroupName":"GroupName-1"},{"GroupName":"GroupName-1"}],"SupportedLicenses":["Basic","Basic"]},{"AccountId":"AccountId-1","AwsAccountId":"AwsAccountId-1","Name":"Name-1","AccountStatus":"Active","AccountType":"EnterpriseDirectory","CreatedTimestamp":"2020-01-02T03:04:05.678Z","DefaultLicense":"Basic","SigninDelegateGroups":[{"GroupName":"GroupName-1"},{"GroupName":"GroupName-1"}],"SupportedLicenses":["Basic","Basic"]}]}',
    },
    pagination: {
      paginateMethod: "paginateListAccounts",
      itemsMethod: "listAccountsItems",
      paginate: paginateListAccounts,
      items: listAccountsItems,
      itemsMember: "Accounts",
    },
  },
  {
    operation: "ListBots",
    command: ListBotsCommand,
    method: "listBots",
    input: {
      AccountId: "AccountId 1/+é",
      MaxResults: 7,
      NextToken: "NextToken-1",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
    },
    http: {
      method: "GET",
      path: "/accounts/{AccountId}/bots",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"Bots":[{"BotEmail":"BotEmail-1","BotId":"BotId-1","BotType":"ChatBot","CreatedTimestamp":"2020-01-02T03:04:05.678Z","Disabled":true,"DisplayName":"DisplayName-1","SecurityToken":"SecurityToken-1","UpdatedTimestamp":"2020-01-02T03:04:05.678Z","UserId":"UserId-1"},{"BotEmail":"BotEmail-1","BotId":"BotId-1","BotType":"ChatBot","CreatedTimestamp":"2020-01-02T03:04:05.678Z","Disabled":true,"DisplayName":"DisplayName-1","SecurityToken":"SecurityToken-1","UpdatedTimestamp":"2020-01-02T03:04:05.678Z","UserId":"UserId-1"}]}',
    },
    pagination: {
      paginateMethod: "paginateListBots",
      itemsMethod: "listBotsItems",
      paginate: paginateListBots,
      items: listBotsItems,
      itemsMember: "Bots",
    },
  },
  {
    operation: "ListPhoneNumberOrders",
    command: ListPhoneNumberOrdersCommand,
    method: "listPhoneNumberOrders",
    input: {
      MaxResults: 7,
      NextToken: "NextToken-1",
    },
    requiredInput: {},
    http: {
      method: "GET",
      path: "/phone-number-orders",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"PhoneNumberOrders":[{"CreatedTimestamp":"2020-01-02T03:04:05.678Z","OrderedPhoneNumbers":[{"E164PhoneNumber":"E164PhoneNumber-1","Status":"Acquired"},{"E164PhoneNumber":"E164PhoneNumber-1","Status":"Acquired"}],"PhoneNumberOrderId":"PhoneNumberOrderId-1","ProductType":"BusinessCalling","Status":"Failed","UpdatedTimestamp":"2020-01-02T03:04:05.678Z"},{"CreatedTimestamp":"2020-01-02T03:04:05.678Z","OrderedPhoneNumbers":[{"E164PhoneNumber":"E164PhoneNumber-1","Status":"Acquired"},{"E164PhoneNumber":"E164PhoneNumber-1","Status":"Acquired"}],"PhoneNumberOrderId":"PhoneNumberOrderId-1","ProductType":"BusinessCalling","Status":"Failed","UpdatedTimestamp":"2020-01-02T03:04:05.678Z"}]}',
    },
    pagination: {
      paginateMethod: "paginateListPhoneNumberOrders",
      itemsMethod: "listPhoneNumberOrdersItems",
      paginate: paginateListPhoneNumberOrders,
      items: listPhoneNumberOrdersItems,
      itemsMember: "PhoneNumberOrders",
    },
  },
  {
    operation: "ListPhoneNumbers",
    command: ListPhoneNumbersCommand,
    method: "listPhoneNumbers",
    input: {
      FilterName: "AccountId",
      FilterValue: "FilterValue-1",
      MaxResults: 7,
      NextToken: "NextToken-1",
      ProductType: "BusinessCalling",
      Status: "AcquireFailed",
    },
    requiredInput: {},
    http: {
      method: "GET",
      path: "/phone-numbers",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"PhoneNumbers":[{"Associations":[{"AssociatedTimestamp":"2020-01-02T03:04:05.678Z","Name":"AccountId","Value":"Value-1"},{"AssociatedTimestamp":"2020-01-02T03:04:05.678Z","Name":"AccountId","Value":"Value-1"}],"CallingName":"CallingName-1","CallingNameStatus":"Unassigned","Capabilities":{"InboundCall":true,"InboundMMS":true,"InboundSMS":true,"OutboundCall":true,"OutboundMMS":true,"OutboundSMS":true},"Country":"Country-1","CreatedTimestamp":"2020-01-02T03:04:05.678Z","DeletionTimestamp":"2020-01-02T03:04:05.678Z","E164PhoneNumber":"E164PhoneNumber-1","PhoneNumberId":"PhoneNumberId-1","ProductType":"BusinessCalling","Status":"AcquireFailed","Type":"Local","UpdatedTimestamp":"2020-01-02T03:04:05.678Z"},{"Associations":[{"AssociatedTimestamp":"2020-01-02T03:04:05.678Z","Name":"AccountId","Value":"Value-1"},{"AssociatedTimestamp":"2020-01-02T03:04:05.678Z","Name":"AccountId","Value":"Value-1"}],"CallingName":"CallingName-1","CallingNameStatus":"Unassigned","Capabilities":{"InboundCall":true,"InboundMMS":true,"InboundSMS":true,"OutboundCall":true,"OutboundMMS":true,"OutboundSMS":true},"Country":"Country-1","CreatedTimestamp":"2020-01-02T03:04:05.678Z","DeletionTimestamp":"2020-01-02T03:04:05.678Z","E164PhoneNumber":"E164PhoneNumber-1","PhoneNumberId":"PhoneNumberId-1","ProductType":"BusinessCalling","Status":"AcquireFailed","Type":"Local","UpdatedTimestamp":"2020-01-02T03:04:05.678Z"}]}',
    },
    pagination: {
      paginateMethod: "paginateListPhoneNumbers",
      itemsMethod: "listPhoneNumbersItems",
      paginate: paginateListPhoneNumbers,
      items: listPhoneNumbersItems,
      itemsMember: "PhoneNumbers",
    },
  },
  {
    operation: "ListRoomMemberships",
    command: ListRoomMembershipsCommand,
    method: "listRoomMemberships",
    input: {
      AccountId: "AccountId 1/+é",
      MaxResults: 7,
      NextToken: "NextToken-1",
      RoomId: "RoomId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      RoomId: "RoomId 1/+é",
    },
    http: {
      method: "GET",
      path: "/accounts/{AccountId}/rooms/{RoomId}/memberships",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"RoomMemberships":[{"InvitedBy":"InvitedBy-1","Member":{"AccountId":"AccountId-1","Email":"Email-1","FullName":"FullName-1","MemberId":"MemberId-1","MemberType":"Bot"},"Role":"Administrator","RoomId":"RoomId-1","UpdatedTimestamp":"2020-01-02T03:04:05.678Z"},{"InvitedBy":"InvitedBy-1","Member":{"AccountId":"AccountId-1","Email":"Email-1","FullName":"FullName-1","MemberId":"MemberId-1","MemberType":"Bot"},"Role":"Administrator","RoomId":"RoomId-1","UpdatedTimestamp":"2020-01-02T03:04:05.678Z"}]}',
    },
    pagination: {
      paginateMethod: "paginateListRoomMemberships",
      itemsMethod: "listRoomMembershipsItems",
      paginate: paginateListRoomMemberships,
      items: listRoomMembershipsItems,
      itemsMember: "RoomMemberships",
    },
  },
  {
    operation: "ListRooms",
    command: ListRoomsCommand,
    method: "listRooms",
    input: {
      AccountId: "AccountId 1/+é",
      MaxResults: 7,
      MemberId: "MemberId-1",
      NextToken: "NextToken-1",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
    },
    http: {
      method: "GET",
      path: "/accounts/{AccountId}/rooms",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"Rooms":[{"AccountId":"AccountId-1","CreatedBy":"CreatedBy-1","CreatedTimestamp":"2020-01-02T03:04:05.678Z","Name":"Name-1","RoomId":"RoomId-1","UpdatedTimestamp":"2020-01-02T03:04:05.678Z"},{"AccountId":"AccountId-1","CreatedBy":"CreatedBy-1","CreatedTimestamp":"2020-01-02T03:04:05.678Z","Name":"Name-1","RoomId":"RoomId-1","UpdatedTimestamp":"2020-01-02T03:04:05.678Z"}]}',
    },
    pagination: {
      paginateMethod: "paginateListRooms",
      itemsMethod: "listRoomsItems",
      paginate: paginateListRooms,
      items: listRoomsItems,
      itemsMember: "Rooms",
    },
  },
  {
    operation: "ListSupportedPhoneNumberCountries",
    command: ListSupportedPhoneNumberCountriesCommand,
    method: "listSupportedPhoneNumberCountries",
    input: {
      ProductType: "BusinessCalling",
    },
    requiredInput: {
      ProductType: "BusinessCalling",
    },
    http: {
      method: "GET",
      path: "/phone-number-countries",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"PhoneNumberCountries":[{"CountryCode":"CountryCode-1","SupportedPhoneNumberTypes":["Local","Local"]},{"CountryCode":"CountryCode-1","SupportedPhoneNumberTypes":["Local","Local"]}]}',
    },
  },
  {
    operation: "ListUsers",
    command: ListUsersCommand,
    method: "listUsers",
    input: {
      AccountId: "AccountId 1/+é",
      MaxResults: 7,
      NextToken: "NextToken-1",
      UserEmail: "UserEmail-1",
      UserType: "PrivateUser",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
    },
    http: {
      method: "GET",
      path: "/accounts/{AccountId}/users",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"Users":[{"UserId":"UserId-1","AccountId":"AccountId-1","AlexaForBusinessMetadata":{"AlexaForBusinessRoomArn":"AlexaForBusinessRoomArn-1","IsAlexaForBusinessEnabled":true},"DisplayName":"DisplayName-1","InvitedOn":"2020-01-02T03:04:05.678Z","LicenseType":"Basic","PersonalPIN":"PersonalPIN-1","PrimaryEmail":"PrimaryEmail-1","PrimaryProvisionedNumber":"PrimaryProvisionedNumber-1","RegisteredOn":"2020-01-02T03:04:05.678Z","UserInvitationStatus":"Accepted","UserRegistrationStatus":"Registered","UserType":"PrivateUser"},{"UserId":"UserId-1","AccountId":"AccountId-1","AlexaForBusinessMetadata":{"AlexaForBusinessRoomArn":"AlexaForBusinessRoomArn-1","IsAlexaForBusinessEnabled":true},"DisplayName":"DisplayName-1","InvitedOn":"2020-01-02T03:04:05.678Z","LicenseType":"Basic","PersonalPIN":"PersonalPIN-1","PrimaryEmail":"PrimaryEmail-1","PrimaryProvisionedNumber":"PrimaryProvisionedNumber-1","RegisteredOn":"2020-01-02T03:04:05.678Z","UserInvitationStatus":"Accepted","UserRegistrationStatus":"Registered","UserType":"PrivateUser"}]}',
    },
    pagination: {
      paginateMethod: "paginateListUsers",
      itemsMethod: "listUsersItems",
      paginate: paginateListUsers,
      items: listUsersItems,
      itemsMember: "Users",
    },
  },
  {
    operation: "LogoutUser",
    command: LogoutUserCommand,
    method: "logoutUser",
    input: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/users/{UserId}",
      queryLiterals: {
        operation: "logout",
      },
    },
    response: {
      statusCode: 204,
    },
  },
  {
    operation: "PutEventsConfiguration",
    command: PutEventsConfigurationCommand,
    method: "putEventsConfiguration",
    input: {
      AccountId: "AccountId 1/+é",
      BotId: "BotId 1/+é",
      LambdaFunctionArn: "LambdaFunctionArn-1",
      OutboundEventsHTTPSEndpoint: "OutboundEventsHTTPSEndpoint-1",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      BotId: "BotId 1/+é",
    },
    http: {
      method: "PUT",
      path: "/accounts/{AccountId}/bots/{BotId}/events-configuration",
      queryLiterals: {},
    },
    response: {
      statusCode: 201,
      body: '{"EventsConfiguration":{"BotId":"BotId-1","LambdaFunctionArn":"LambdaFunctionArn-1","OutboundEventsHTTPSEndpoint":"OutboundEventsHTTPSEndpoint-1"}}',
    },
  },
  {
    operation: "PutRetentionSettings",
    command: PutRetentionSettingsCommand,
    method: "putRetentionSettings",
    input: {
      AccountId: "AccountId 1/+é",
      RetentionSettings: {
        ConversationRetentionSettings: {
          RetentionDays: 7,
        },
        RoomRetentionSettings: {
          RetentionDays: 7,
        },
      },
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      RetentionSettings: {
        ConversationRetentionSettings: {
          RetentionDays: 7,
        },
        RoomRetentionSettings: {
          RetentionDays: 7,
        },
      },
    },
    http: {
      method: "PUT",
      path: "/accounts/{AccountId}/retention-settings",
      queryLiterals: {},
    },
    response: {
      statusCode: 204,
    },
  },
  {
    operation: "RedactConversationMessage",
    command: RedactConversationMessageCommand,
    method: "redactConversationMessage",
    input: {
      AccountId: "AccountId 1/+é",
      ConversationId: "ConversationId 1/+é",
      MessageId: "MessageId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      ConversationId: "ConversationId 1/+é",
      MessageId: "MessageId 1/+é",
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/conversations/{ConversationId}/messages/{MessageId}",
      queryLiterals: {
        operation: "redact",
      },
    },
    response: {
      statusCode: 200,
    },
  },
  {
    operation: "RedactRoomMessage",
    command: RedactRoomMessageCommand,
    method: "redactRoomMessage",
    input: {
      AccountId: "AccountId 1/+é",
      MessageId: "MessageId 1/+é",
      RoomId: "RoomId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      MessageId: "MessageId 1/+é",
      RoomId: "RoomId 1/+é",
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/rooms/{RoomId}/messages/{MessageId}",
      queryLiterals: {
        operation: "redact",
      },
    },
    response: {
      statusCode: 200,
    },
  },
  {
    operation: "RegenerateSecurityToken",
    command: RegenerateSecurityTokenCommand,
    method: "regenerateSecurityToken",
    input: {
      AccountId: "AccountId 1/+é",
      BotId: "BotId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      BotId: "BotId 1/+é",
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/bots/{BotId}",
      queryLiterals: {
        operation: "regenerate-security-token",
      },
    },
    response: {
      statusCode: 200,
      body: '{"Bot":{"BotEmail":"BotEmail-1","BotId":"BotId-1","BotType":"ChatBot","CreatedTimestamp":"2020-01-02T03:04:05.678Z","Disabled":true,"DisplayName":"DisplayName-1","SecurityToken":"SecurityToken-1","UpdatedTimestamp":"2020-01-02T03:04:05.678Z","UserId":"UserId-1"}}',
    },
  },
  {
    operation: "ResetPersonalPIN",
    command: ResetPersonalPINCommand,
    method: "resetPersonalPIN",
    input: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/users/{UserId}",
      queryLiterals: {
        operation: "reset-personal-pin",
      },
    },
    response: {
      statusCode: 200,
      body: '{"User":{"UserId":"UserId-1","AccountId":"AccountId-1","AlexaForBusinessMetadata":{"AlexaForBusinessRoomArn":"AlexaForBusinessRoomArn-1","IsAlexaForBusinessEnabled":true},"DisplayName":"DisplayName-1","InvitedOn":"2020-01-02T03:04:05.678Z","LicenseType":"Basic","PersonalPIN":"PersonalPIN-1","PrimaryEmail":"PrimaryEmail-1","PrimaryProvisionedNumber":"PrimaryProvisionedNumber-1","RegisteredOn":"2020-01-02T03:04:05.678Z","UserInvitationStatus":"Accepted","UserRegistrationStatus":"Registered","UserType":"PrivateUser"}}',
    },
  },
  {
    operation: "RestorePhoneNumber",
    command: RestorePhoneNumberCommand,
    method: "restorePhoneNumber",
    input: {
      PhoneNumberId: "PhoneNumberId 1/+é",
    },
    requiredInput: {
      PhoneNumberId: "PhoneNumberId 1/+é",
    },
    http: {
      method: "POST",
      path: "/phone-numbers/{PhoneNumberId}",
      queryLiterals: {
        operation: "restore",
      },
    },
    response: {
      statusCode: 200,
      body: '{"PhoneNumber":{"Associations":[{"AssociatedTimestamp":"2020-01-02T03:04:05.678Z","Name":"AccountId","Value":"Value-1"},{"AssociatedTimestamp":"2020-01-02T03:04:05.678Z","Name":"AccountId","Value":"Value-1"}],"CallingName":"CallingName-1","CallingNameStatus":"Unassigned","Capabilities":{"InboundCall":true,"InboundMMS":true,"InboundSMS":true,"OutboundCall":true,"OutboundMMS":true,"OutboundSMS":true},"Country":"Country-1","CreatedTimestamp":"2020-01-02T03:04:05.678Z","DeletionTimestamp":"2020-01-02T03:04:05.678Z","E164PhoneNumber":"E164PhoneNumber-1","PhoneNumberId":"PhoneNumberId-1","ProductType":"BusinessCalling","Status":"AcquireFailed","Type":"Local","UpdatedTimestamp":"2020-01-02T03:04:05.678Z"}}',
    },
  },
  {
    operation: "SearchAvailablePhoneNumbers",
    command: SearchAvailablePhoneNumbersCommand,
    method: "searchAvailablePhoneNumbers",
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
    requiredInput: {},
    http: {
      method: "GET",
      path: "/search",
      queryLiterals: {
        type: "phone-numbers",
      },
    },
    response: {
      statusCode: 200,
      body: '{"E164PhoneNumbers":["E164PhoneNumbers1-1","E164PhoneNumbers2-1"]}',
    },
    pagination: {
      paginateMethod: "paginateSearchAvailablePhoneNumbers",
      itemsMethod: "searchAvailablePhoneNumbersItems",
      paginate: paginateSearchAvailablePhoneNumbers,
      items: searchAvailablePhoneNumbersItems,
      itemsMember: "E164PhoneNumbers",
    },
  },
  {
    operation: "UpdateAccount",
    command: UpdateAccountCommand,
    method: "updateAccount",
    input: {
      AccountId: "AccountId 1/+é",
      DefaultLicense: "Basic",
      Name: "Name-1",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"Account":{"AccountId":"AccountId-1","AwsAccountId":"AwsAccountId-1","Name":"Name-1","AccountStatus":"Active","AccountType":"EnterpriseDirectory","CreatedTimestamp":"2020-01-02T03:04:05.678Z","DefaultLicense":"Basic","SigninDelegateGroups":[{"GroupName":"GroupName-1"},{"GroupName":"GroupName-1"}],"SupportedLicenses":["Basic","Basic"]}}',
    },
  },
  {
    operation: "UpdateAccountSettings",
    command: UpdateAccountSettingsCommand,
    method: "updateAccountSettings",
    input: {
      AccountId: "AccountId 1/+é",
      AccountSettings: {
        DisableRemoteControl: true,
        EnableDialOut: true,
      },
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      AccountSettings: {
        DisableRemoteControl: true,
        EnableDialOut: true,
      },
    },
    http: {
      method: "PUT",
      path: "/accounts/{AccountId}/settings",
      queryLiterals: {},
    },
    response: {
      statusCode: 204,
    },
  },
  {
    operation: "UpdateBot",
    command: UpdateBotCommand,
    method: "updateBot",
    input: {
      AccountId: "AccountId 1/+é",
      BotId: "BotId 1/+é",
      Disabled: true,
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      BotId: "BotId 1/+é",
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/bots/{BotId}",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"Bot":{"BotEmail":"BotEmail-1","BotId":"BotId-1","BotType":"ChatBot","CreatedTimestamp":"2020-01-02T03:04:05.678Z","Disabled":true,"DisplayName":"DisplayName-1","SecurityToken":"SecurityToken-1","UpdatedTimestamp":"2020-01-02T03:04:05.678Z","UserId":"UserId-1"}}',
    },
  },
  {
    operation: "UpdateGlobalSettings",
    command: UpdateGlobalSettingsCommand,
    method: "updateGlobalSettings",
    input: {
      BusinessCalling: {
        CdrBucket: "CdrBucket-1",
      },
      VoiceConnector: {
        CdrBucket: "CdrBucket-1",
      },
    },
    requiredInput: {},
    http: {
      method: "PUT",
      path: "/settings",
      queryLiterals: {},
    },
    response: {
      statusCode: 204,
    },
  },
  {
    operation: "UpdatePhoneNumber",
    command: UpdatePhoneNumberCommand,
    method: "updatePhoneNumber",
    input: {
      PhoneNumberId: "PhoneNumberId 1/+é",
      CallingName: "CallingName-1",
      ProductType: "BusinessCalling",
    },
    requiredInput: {
      PhoneNumberId: "PhoneNumberId 1/+é",
    },
    http: {
      method: "POST",
      path: "/phone-numbers/{PhoneNumberId}",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"PhoneNumber":{"Associations":[{"AssociatedTimestamp":"2020-01-02T03:04:05.678Z","Name":"AccountId","Value":"Value-1"},{"AssociatedTimestamp":"2020-01-02T03:04:05.678Z","Name":"AccountId","Value":"Value-1"}],"CallingName":"CallingName-1","CallingNameStatus":"Unassigned","Capabilities":{"InboundCall":true,"InboundMMS":true,"InboundSMS":true,"OutboundCall":true,"OutboundMMS":true,"OutboundSMS":true},"Country":"Country-1","CreatedTimestamp":"2020-01-02T03:04:05.678Z","DeletionTimestamp":"2020-01-02T03:04:05.678Z","E164PhoneNumber":"E164PhoneNumber-1","PhoneNumberId":"PhoneNumberId-1","ProductType":"BusinessCalling","Status":"AcquireFailed","Type":"Local","UpdatedTimestamp":"2020-01-02T03:04:05.678Z"}}',
    },
  },
  {
    operation: "UpdatePhoneNumberSettings",
    command: UpdatePhoneNumberSettingsCommand,
    method: "updatePhoneNumberSettings",
    input: {
      CallingName: "CallingName-1",
    },
    requiredInput: {
      CallingName: "CallingName-1",
    },
    http: {
      method: "PUT",
      path: "/settings/phone-number",
      queryLiterals: {},
    },
    response: {
      statusCode: 204,
    },
  },
  {
    operation: "UpdateRoom",
    command: UpdateRoomCommand,
    method: "updateRoom",
    input: {
      AccountId: "AccountId 1/+é",
      RoomId: "RoomId 1/+é",
      Name: "Name-1",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      RoomId: "RoomId 1/+é",
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/rooms/{RoomId}",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"Room":{"AccountId":"AccountId-1","CreatedBy":"CreatedBy-1","CreatedTimestamp":"2020-01-02T03:04:05.678Z","Name":"Name-1","RoomId":"RoomId-1","UpdatedTimestamp":"2020-01-02T03:04:05.678Z"}}',
    },
  },
  {
    operation: "UpdateRoomMembership",
    command: UpdateRoomMembershipCommand,
    method: "updateRoomMembership",
    input: {
      AccountId: "AccountId 1/+é",
      MemberId: "MemberId 1/+é",
      RoomId: "RoomId 1/+é",
      Role: "Administrator",
    },
    requiredInput: {
      AccountId: "AccountId 1/+é",
      MemberId: "MemberId 1/+é",
      RoomId: "RoomId 1/+é",
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/rooms/{RoomId}/memberships/{MemberId}",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"RoomMembership":{"InvitedBy":"InvitedBy-1","Member":{"AccountId":"AccountId-1","Email":"Email-1","FullName":"FullName-1","MemberId":"MemberId-1","MemberType":"Bot"},"Role":"Administrator","RoomId":"RoomId-1","UpdatedTimestamp":"2020-01-02T03:04:05.678Z"}}',
    },
  },
  {
    operation: "UpdateUser",
    command: UpdateUserCommand,
    method: "updateUser",
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
    requiredInput: {
      AccountId: "AccountId 1/+é",
      UserId: "UserId 1/+é",
    },
    http: {
      method: "POST",
      path: "/accounts/{AccountId}/users/{UserId}",
      queryLiterals: {},
    },
    response: {
      statusCode: 200,
      body: '{"User":{"UserId":"UserId-1","AccountId":"AccountId-1","AlexaForBusinessMetadata":{"AlexaForBusinessRoomArn":"AlexaForBusinessRoomArn-1","IsAlexaForBusinessEnabled":true},"DisplayName":"DisplayName-1","InvitedOn":"2020-01-02T03:04:05.678Z","LicenseType":"Basic","PersonalPIN":"PersonalPIN-1","PrimaryEmail":"PrimaryEmail-1","PrimaryProvisionedNumber":"PrimaryProvisionedNumber-1","RegisteredOn":"2020-01-02T03:04:05.678Z","UserInvitationStatus":"Accepted","UserRegistrationStatus":"Registered","UserType":"PrivateUser"}}',
    },
  },
  {
    operation: "UpdateUserSettings",
    command: UpdateUserSettingsCommand,
    method: "updateUserSettings",
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
    requiredInput: {
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
    http: {
      method: "PUT",
      path: "/accounts/{AccountId}/users/{UserId}/settings",
      queryLiterals: {},
    },
    response: {
      statusCode: 204,
    },
  },
];
