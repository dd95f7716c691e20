// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import { describe, it } from "vitest";
import { type OperationCase, runOperationCase } from "../support/operation-case.js";
const cases: OperationCase[] = [
  {
    operation: "AssociatePhoneNumberWithUser",
    method: "associatePhoneNumberWithUser",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/users/user-id%201",
      query: "operation=associate-phone-number",
      headers: {},
      body: '{"E164PhoneNumber":"+12065550100"}',
    },
    input: { AccountId: "account-id 1", UserId: "user-id 1", E164PhoneNumber: "+12065550100" },
    output: {},
    response: { statusCode: 200, body: {} },
  },
  {
    operation: "AssociateSigninDelegateGroupsWithAccount",
    method: "associateSigninDelegateGroupsWithAccount",
    request: {
      method: "POST",
      path: "/accounts/account-id%201",
      query: "operation=associate-signin-delegate-groups",
      headers: {},
      body: '{"SigninDelegateGroups":[{"GroupName":"group-name 1"}]}',
    },
    input: { AccountId: "account-id 1", SigninDelegateGroups: [{ GroupName: "group-name 1" }] },
    output: {},
    response: { statusCode: 200, body: {} },
  },
  {
    operation: "BatchCreateRoomMembership",
    method: "batchCreateRoomMembership",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/rooms/room-id%201/memberships",
      query: "operation=batch-create",
      headers: {},
      body: '{"MembershipItemList":[{"MemberId":"member-id 1","Role":"Administrator"}]}',
    },
    input: {
      AccountId: "account-id 1",
      RoomId: "room-id 1",
      MembershipItemList: [{ MemberId: "member-id 1", Role: "Administrator" }],
    },
    output: {
      Errors: [
        { ErrorCode: "AccessDenied", ErrorMessage: "error-message 1", MemberId: "member-id 1" },
      ],
    },
    response: {
      statusCode: 201,
      body: {
        Errors: [
          { ErrorCode: "AccessDenied", ErrorMessage: "error-message 1", MemberId: "member-id 1" },
        ],
      },
    },
  },
  {
    operation: "BatchDeletePhoneNumber",
    method: "batchDeletePhoneNumber",
    request: {
      method: "POST",
      path: "/phone-numbers",
      query: "operation=batch-delete",
      headers: {},
      body: '{"PhoneNumberIds":["phone-number-id 1"]}',
    },
    input: { PhoneNumberIds: ["phone-number-id 1"] },
    output: {
      PhoneNumberErrors: [
        {
          ErrorCode: "AccessDenied",
          ErrorMessage: "error-message 1",
          PhoneNumberId: "phone-number-id 1",
        },
      ],
    },
    response: {
      statusCode: 200,
      body: {
        PhoneNumberErrors: [
          {
            ErrorCode: "AccessDenied",
            ErrorMessage: "error-message 1",
            PhoneNumberId: "phone-number-id 1",
          },
        ],
      },
    },
  },
  {
    operation: "BatchSuspendUser",
    method: "batchSuspendUser",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/users",
      query: "operation=suspend",
      headers: {},
      body: '{"UserIdList":["user-id 1"]}',
    },
    input: { AccountId: "account-id 1", UserIdList: ["user-id 1"] },
    output: {
      UserErrors: [
        { ErrorCode: "AccessDenied", ErrorMessage: "error-message 1", UserId: "user-id 1" },
      ],
    },
    response: {
      statusCode: 200,
      body: {
        UserErrors: [
          { ErrorCode: "AccessDenied", ErrorMessage: "error-message 1", UserId: "user-id 1" },
        ],
      },
    },
  },
  {
    operation: "BatchUnsuspendUser",
    method: "batchUnsuspendUser",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/users",
      query: "operation=unsuspend",
      headers: {},
      body: '{"UserIdList":["user-id 1"]}',
    },
    input: { AccountId: "account-id 1", UserIdList: ["user-id 1"] },
    output: {
      UserErrors: [
        { ErrorCode: "AccessDenied", ErrorMessage: "error-message 1", UserId: "user-id 1" },
      ],
    },
    response: {
      statusCode: 200,
      body: {
        UserErrors: [
          { ErrorCode: "AccessDenied", ErrorMessage: "error-message 1", UserId: "user-id 1" },
        ],
      },
    },
  },
  {
    operation: "BatchUpdatePhoneNumber",
    method: "batchUpdatePhoneNumber",
    request: {
      method: "POST",
      path: "/phone-numbers",
      query: "operation=batch-update",
      headers: {},
      body: '{"UpdatePhoneNumberRequestItems":[{"PhoneNumberId":"phone-number-id 1","CallingName":"US","ProductType":"BusinessCalling"}]}',
    },
    input: {
      UpdatePhoneNumberRequestItems: [
        { PhoneNumberId: "phone-number-id 1", CallingName: "US", ProductType: "BusinessCalling" },
      ],
    },
    output: {
      PhoneNumberErrors: [
        {
          ErrorCode: "AccessDenied",
          ErrorMessage: "error-message 1",
          PhoneNumberId: "phone-number-id 1",
        },
      ],
    },
    response: {
      statusCode: 200,
      body: {
        PhoneNumberErrors: [
          {
            ErrorCode: "AccessDenied",
            ErrorMessage: "error-message 1",
            PhoneNumberId: "phone-number-id 1",
          },
        ],
      },
    },
  },
  {
    operation: "BatchUpdateUser",
    method: "batchUpdateUser",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/users",
      query: "",
      headers: {},
      body: '{"UpdateUserRequestItems":[{"UserId":"user-id 1","AlexaForBusinessMetadata":{"AlexaForBusinessRoomArn":"alexa-for-business-room-arn 1","IsAlexaForBusinessEnabled":true},"LicenseType":"Basic","UserType":"PrivateUser"}]}',
    },
    input: {
      AccountId: "account-id 1",
      UpdateUserRequestItems: [
        {
          UserId: "user-id 1",
          AlexaForBusinessMetadata: {
            AlexaForBusinessRoomArn: "alexa-for-business-room-arn 1",
            IsAlexaForBusinessEnabled: true,
          },
          LicenseType: "Basic",
          UserType: "PrivateUser",
        },
      ],
    },
    output: {
      UserErrors: [
        { ErrorCode: "AccessDenied", ErrorMessage: "error-message 1", UserId: "user-id 1" },
      ],
    },
    response: {
      statusCode: 200,
      body: {
        UserErrors: [
          { ErrorCode: "AccessDenied", ErrorMessage: "error-message 1", UserId: "user-id 1" },
        ],
      },
    },
  },
  {
    operation: "CreateAccount",
    method: "createAccount",
    request: {
      method: "POST",
      path: "/accounts",
      query: "",
      headers: {},
      body: '{"Name":"name 1"}',
    },
    input: { Name: "name 1" },
    output: {
      Account: {
        AccountId: "account-id 1",
        AwsAccountId: "aws-account-id 1",
        Name: "name 1",
        AccountStatus: "Active",
        AccountType: "EnterpriseDirectory",
        CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        DefaultLicense: "Basic",
        SigninDelegateGroups: [{ GroupName: "group-name 1" }],
        SupportedLicenses: ["Basic"],
      },
    },
    response: {
      statusCode: 201,
      body: {
        Account: {
          AccountId: "account-id 1",
          AwsAccountId: "aws-account-id 1",
          Name: "name 1",
          AccountStatus: "Active",
          AccountType: "EnterpriseDirectory",
          CreatedTimestamp: "2024-01-15T17:00:00.000Z",
          DefaultLicense: "Basic",
          SigninDelegateGroups: [{ GroupName: "group-name 1" }],
          SupportedLicenses: ["Basic"],
        },
      },
    },
  },
  {
    operation: "CreateBot",
    method: "createBot",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/bots",
      query: "",
      headers: {},
      body: '{"DisplayName":"display-name 1","Domain":"domain 1"}',
    },
    input: { AccountId: "account-id 1", DisplayName: "display-name 1", Domain: "domain 1" },
    output: {
      Bot: {
        BotEmail: "bot-email 1",
        BotId: "bot-id 1",
        BotType: "ChatBot",
        CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        Disabled: true,
        DisplayName: "display-name 1",
        SecurityToken: "security-token 1",
        UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        UserId: "user-id 1",
      },
    },
    response: {
      statusCode: 201,
      body: {
        Bot: {
          BotEmail: "bot-email 1",
          BotId: "bot-id 1",
          BotType: "ChatBot",
          CreatedTimestamp: "2024-01-15T17:00:00.000Z",
          Disabled: true,
          DisplayName: "display-name 1",
          SecurityToken: "security-token 1",
          UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
          UserId: "user-id 1",
        },
      },
    },
  },
  {
    operation: "CreateMeetingDialOut",
    method: "createMeetingDialOut",
    request: {
      method: "POST",
      path: "/meetings/2fb1f2f6-20d9-43e2-a66f-f73651b3d838/dial-outs",
      query: "",
      headers: {},
      body: '{"FromPhoneNumber":"+12065550100","JoinToken":"+12065550100","ToPhoneNumber":"+12065550100"}',
    },
    input: {
      MeetingId: "2fb1f2f6-20d9-43e2-a66f-f73651b3d838",
      FromPhoneNumber: "+12065550100",
      JoinToken: "+12065550100",
      ToPhoneNumber: "+12065550100",
    },
    output: { TransactionId: "2fb1f2f6-20d9-43e2-a66f-f73651b3d838" },
    response: { statusCode: 201, body: { TransactionId: "2fb1f2f6-20d9-43e2-a66f-f73651b3d838" } },
  },
  {
    operation: "CreatePhoneNumberOrder",
    method: "createPhoneNumberOrder",
    request: {
      method: "POST",
      path: "/phone-number-orders",
      query: "",
      headers: {},
      body: '{"E164PhoneNumbers":["+12065550100"],"ProductType":"BusinessCalling"}',
    },
    input: { E164PhoneNumbers: ["+12065550100"], ProductType: "BusinessCalling" },
    output: {
      PhoneNumberOrder: {
        CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        OrderedPhoneNumbers: [{ E164PhoneNumber: "+12065550100", Status: "Acquired" }],
        PhoneNumberOrderId: "2fb1f2f6-20d9-43e2-a66f-f73651b3d838",
        ProductType: "BusinessCalling",
        Status: "Failed",
        UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
      },
    },
    response: {
      statusCode: 201,
      body: {
        PhoneNumberOrder: {
          CreatedTimestamp: "2024-01-15T17:00:00.000Z",
          OrderedPhoneNumbers: [{ E164PhoneNumber: "+12065550100", Status: "Acquired" }],
          PhoneNumberOrderId: "2fb1f2f6-20d9-43e2-a66f-f73651b3d838",
          ProductType: "BusinessCalling",
          Status: "Failed",
          UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
        },
      },
    },
  },
  {
    operation: "CreateRoom",
    method: "createRoom",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/rooms",
      query: "",
      headers: {},
      body: '{"ClientRequestToken":"client-request-token 1","Name":"name 1"}',
    },
    input: {
      AccountId: "account-id 1",
      ClientRequestToken: "client-request-token 1",
      Name: "name 1",
    },
    output: {
      Room: {
        AccountId: "account-id 1",
        CreatedBy: "created-by 1",
        CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        Name: "name 1",
        RoomId: "room-id 1",
        UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
      },
    },
    response: {
      statusCode: 201,
      body: {
        Room: {
          AccountId: "account-id 1",
          CreatedBy: "created-by 1",
          CreatedTimestamp: "2024-01-15T17:00:00.000Z",
          Name: "name 1",
          RoomId: "room-id 1",
          UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
        },
      },
    },
  },
  {
    operation: "CreateRoomMembership",
    method: "createRoomMembership",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/rooms/room-id%201/memberships",
      query: "",
      headers: {},
      body: '{"MemberId":"member-id 1","Role":"Administrator"}',
    },
    input: {
      AccountId: "account-id 1",
      RoomId: "room-id 1",
      MemberId: "member-id 1",
      Role: "Administrator",
    },
    output: {
      RoomMembership: {
        InvitedBy: "invited-by 1",
        Member: {
          AccountId: "account-id 1",
          Email: "email 1",
          FullName: "full-name 1",
          MemberId: "member-id 1",
          MemberType: "Bot",
        },
        Role: "Administrator",
        RoomId: "room-id 1",
        UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
      },
    },
    response: {
      statusCode: 201,
      body: {
        RoomMembership: {
          InvitedBy: "invited-by 1",
          Member: {
            AccountId: "account-id 1",
            Email: "email 1",
            FullName: "full-name 1",
            MemberId: "member-id 1",
            MemberType: "Bot",
          },
          Role: "Administrator",
          RoomId: "room-id 1",
          UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
        },
      },
    },
  },
  {
    operation: "CreateUser",
    method: "createUser",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/users",
      query: "operation=create",
      headers: {},
      body: '{"Email":"jane.doe@example.com","Username":"username 1","UserType":"PrivateUser"}',
    },
    input: {
      AccountId: "account-id 1",
      Email: "jane.doe@example.com",
      Username: "username 1",
      UserType: "PrivateUser",
    },
    output: {
      User: {
        UserId: "user-id 1",
        AccountId: "account-id 1",
        AlexaForBusinessMetadata: {
          AlexaForBusinessRoomArn: "alexa-for-business-room-arn 1",
          IsAlexaForBusinessEnabled: true,
        },
        DisplayName: "display-name 1",
        InvitedOn: new Date("2024-01-15T17:00:00.000Z"),
        LicenseType: "Basic",
        PersonalPIN: "personal-pin 1",
        PrimaryEmail: "jane.doe@example.com",
        PrimaryProvisionedNumber: "primary-provisioned-number 1",
        RegisteredOn: new Date("2024-01-15T17:00:00.000Z"),
        UserInvitationStatus: "Accepted",
        UserRegistrationStatus: "Registered",
        UserType: "PrivateUser",
      },
    },
    response: {
      statusCode: 201,
      body: {
        User: {
          UserId: "user-id 1",
          AccountId: "account-id 1",
          AlexaForBusinessMetadata: {
            AlexaForBusinessRoomArn: "alexa-for-business-room-arn 1",
            IsAlexaForBusinessEnabled: true,
          },
          DisplayName: "display-name 1",
          InvitedOn: "2024-01-15T17:00:00.000Z",
          LicenseType: "Basic",
          PersonalPIN: "personal-pin 1",
          PrimaryEmail: "jane.doe@example.com",
          PrimaryProvisionedNumber: "primary-provisioned-number 1",
          RegisteredOn: "2024-01-15T17:00:00.000Z",
          UserInvitationStatus: "Accepted",
          UserRegistrationStatus: "Registered",
          UserType: "PrivateUser",
        },
      },
    },
  },
  {
    operation: "DeleteAccount",
    method: "deleteAccount",
    request: { method: "DELETE", path: "/accounts/account-id%201", query: "", headers: {} },
    input: { AccountId: "account-id 1" },
    output: {},
    response: { statusCode: 204 },
  },
  {
    operation: "DeleteEventsConfiguration",
    method: "deleteEventsConfiguration",
    request: {
      method: "DELETE",
      path: "/accounts/account-id%201/bots/bot-id%201/events-configuration",
      query: "",
      headers: {},
    },
    input: { AccountId: "account-id 1", BotId: "bot-id 1" },
    output: {},
    response: { statusCode: 204 },
  },
  {
    operation: "DeletePhoneNumber",
    method: "deletePhoneNumber",
    request: {
      method: "DELETE",
      path: "/phone-numbers/phone-number-id%201",
      query: "",
      headers: {},
    },
    input: { PhoneNumberId: "phone-number-id 1" },
    output: {},
    response: { statusCode: 204 },
  },
  {
    operation: "DeleteRoom",
    method: "deleteRoom",
    request: {
      method: "DELETE",
      path: "/accounts/account-id%201/rooms/room-id%201",
      query: "",
      headers: {},
    },
    input: { AccountId: "account-id 1", RoomId: "room-id 1" },
    output: {},
    response: { statusCode: 204 },
  },
  {
    operation: "DeleteRoomMembership",
    method: "deleteRoomMembership",
    request: {
      method: "DELETE",
      path: "/accounts/account-id%201/rooms/room-id%201/memberships/member-id%201",
      query: "",
      headers: {},
    },
    input: { AccountId: "account-id 1", MemberId: "member-id 1", RoomId: "room-id 1" },
    output: {},
    response: { statusCode: 204 },
  },
  {
    operation: "DisassociatePhoneNumberFromUser",
    method: "disassociatePhoneNumberFromUser",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/users/user-id%201",
      query: "operation=disassociate-phone-number",
      headers: {},
    },
    input: { AccountId: "account-id 1", UserId: "user-id 1" },
    output: {},
    response: { statusCode: 200, body: {} },
  },
  {
    operation: "DisassociateSigninDelegateGroupsFromAccount",
    method: "disassociateSigninDelegateGroupsFromAccount",
    request: {
      method: "POST",
      path: "/accounts/account-id%201",
      query: "operation=disassociate-signin-delegate-groups",
      headers: {},
      body: '{"GroupNames":["group-name 1"]}',
    },
    input: { AccountId: "account-id 1", GroupNames: ["group-name 1"] },
    output: {},
    response: { statusCode: 200, body: {} },
  },
  {
    operation: "GetAccount",
    method: "getAccount",
    request: { method: "GET", path: "/accounts/account-id%201", query: "", headers: {} },
    input: { AccountId: "account-id 1" },
    output: {
      Account: {
        AccountId: "account-id 1",
        AwsAccountId: "aws-account-id 1",
        Name: "name 1",
        AccountStatus: "Active",
        AccountType: "EnterpriseDirectory",
        CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        DefaultLicense: "Basic",
        SigninDelegateGroups: [{ GroupName: "group-name 1" }],
        SupportedLicenses: ["Basic"],
      },
    },
    response: {
      statusCode: 200,
      body: {
        Account: {
          AccountId: "account-id 1",
          AwsAccountId: "aws-account-id 1",
          Name: "name 1",
          AccountStatus: "Active",
          AccountType: "EnterpriseDirectory",
          CreatedTimestamp: "2024-01-15T17:00:00.000Z",
          DefaultLicense: "Basic",
          SigninDelegateGroups: [{ GroupName: "group-name 1" }],
          SupportedLicenses: ["Basic"],
        },
      },
    },
  },
  {
    operation: "GetAccountSettings",
    method: "getAccountSettings",
    request: { method: "GET", path: "/accounts/account-id%201/settings", query: "", headers: {} },
    input: { AccountId: "account-id 1" },
    output: { AccountSettings: { DisableRemoteControl: true, EnableDialOut: true } },
    response: {
      statusCode: 200,
      body: { AccountSettings: { DisableRemoteControl: true, EnableDialOut: true } },
    },
  },
  {
    operation: "GetBot",
    method: "getBot",
    request: {
      method: "GET",
      path: "/accounts/account-id%201/bots/bot-id%201",
      query: "",
      headers: {},
    },
    input: { AccountId: "account-id 1", BotId: "bot-id 1" },
    output: {
      Bot: {
        BotEmail: "bot-email 1",
        BotId: "bot-id 1",
        BotType: "ChatBot",
        CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        Disabled: true,
        DisplayName: "display-name 1",
        SecurityToken: "security-token 1",
        UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        UserId: "user-id 1",
      },
    },
    response: {
      statusCode: 200,
      body: {
        Bot: {
          BotEmail: "bot-email 1",
          BotId: "bot-id 1",
          BotType: "ChatBot",
          CreatedTimestamp: "2024-01-15T17:00:00.000Z",
          Disabled: true,
          DisplayName: "display-name 1",
          SecurityToken: "security-token 1",
          UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
          UserId: "user-id 1",
        },
      },
    },
  },
  {
    operation: "GetEventsConfiguration",
    method: "getEventsConfiguration",
    request: {
      method: "GET",
      path: "/accounts/account-id%201/bots/bot-id%201/events-configuration",
      query: "",
      headers: {},
    },
    input: { AccountId: "account-id 1", BotId: "bot-id 1" },
    output: {
      EventsConfiguration: {
        BotId: "bot-id 1",
        LambdaFunctionArn: "lambda-function-arn 1",
        OutboundEventsHTTPSEndpoint: "outbound-events-https-endpoint 1",
      },
    },
    response: {
      statusCode: 200,
      body: {
        EventsConfiguration: {
          BotId: "bot-id 1",
          LambdaFunctionArn: "lambda-function-arn 1",
          OutboundEventsHTTPSEndpoint: "outbound-events-https-endpoint 1",
        },
      },
    },
  },
  {
    operation: "GetGlobalSettings",
    method: "getGlobalSettings",
    request: { method: "GET", path: "/settings", query: "", headers: {} },
    input: {},
    output: {
      BusinessCalling: { CdrBucket: "cdr-bucket 1" },
      VoiceConnector: { CdrBucket: "cdr-bucket 1" },
    },
    response: {
      statusCode: 200,
      body: {
        BusinessCalling: { CdrBucket: "cdr-bucket 1" },
        VoiceConnector: { CdrBucket: "cdr-bucket 1" },
      },
    },
  },
  {
    operation: "GetPhoneNumber",
    method: "getPhoneNumber",
    request: { method: "GET", path: "/phone-numbers/phone-number-id%201", query: "", headers: {} },
    input: { PhoneNumberId: "phone-number-id 1" },
    output: {
      PhoneNumber: {
        Associations: [
          {
            AssociatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
            Name: "AccountId",
            Value: "value 1",
          },
        ],
        CallingName: "US",
        CallingNameStatus: "Unassigned",
        Capabilities: {
          InboundCall: true,
          InboundMMS: true,
          InboundSMS: true,
          OutboundCall: true,
          OutboundMMS: true,
          OutboundSMS: true,
        },
        Country: "US",
        CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        DeletionTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        E164PhoneNumber: "+12065550100",
        PhoneNumberId: "phone-number-id 1",
        ProductType: "BusinessCalling",
        Status: "AcquireFailed",
        Type: "Local",
        UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
      },
    },
    response: {
      statusCode: 200,
      body: {
        PhoneNumber: {
          Associations: [
            {
              AssociatedTimestamp: "2024-01-15T17:00:00.000Z",
              Name: "AccountId",
              Value: "value 1",
            },
          ],
          CallingName: "US",
          CallingNameStatus: "Unassigned",
          Capabilities: {
            InboundCall: true,
            InboundMMS: true,
            InboundSMS: true,
            OutboundCall: true,
            OutboundMMS: true,
            OutboundSMS: true,
          },
          Country: "US",
          CreatedTimestamp: "2024-01-15T17:00:00.000Z",
          DeletionTimestamp: "2024-01-15T17:00:00.000Z",
          E164PhoneNumber: "+12065550100",
          PhoneNumberId: "phone-number-id 1",
          ProductType: "BusinessCalling",
          Status: "AcquireFailed",
          Type: "Local",
          UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
        },
      },
    },
  },
  {
    operation: "GetPhoneNumberOrder",
    method: "getPhoneNumberOrder",
    request: {
      method: "GET",
      path: "/phone-number-orders/2fb1f2f6-20d9-43e2-a66f-f73651b3d838",
      query: "",
      headers: {},
    },
    input: { PhoneNumberOrderId: "2fb1f2f6-20d9-43e2-a66f-f73651b3d838" },
    output: {
      PhoneNumberOrder: {
        CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        OrderedPhoneNumbers: [{ E164PhoneNumber: "+12065550100", Status: "Acquired" }],
        PhoneNumberOrderId: "2fb1f2f6-20d9-43e2-a66f-f73651b3d838",
        ProductType: "BusinessCalling",
        Status: "Failed",
        UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
      },
    },
    response: {
      statusCode: 200,
      body: {
        PhoneNumberOrder: {
          CreatedTimestamp: "2024-01-15T17:00:00.000Z",
          OrderedPhoneNumbers: [{ E164PhoneNumber: "+12065550100", Status: "Acquired" }],
          PhoneNumberOrderId: "2fb1f2f6-20d9-43e2-a66f-f73651b3d838",
          ProductType: "BusinessCalling",
          Status: "Failed",
          UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
        },
      },
    },
  },
  {
    operation: "GetPhoneNumberSettings",
    method: "getPhoneNumberSettings",
    request: { method: "GET", path: "/settings/phone-number", query: "", headers: {} },
    input: {},
    output: {
      CallingName: "US",
      CallingNameUpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
    },
    response: {
      statusCode: 200,
      body: { CallingName: "US", CallingNameUpdatedTimestamp: "2024-01-15T17:00:00.000Z" },
    },
  },
  {
    operation: "GetRetentionSettings",
    method: "getRetentionSettings",
    request: {
      method: "GET",
      path: "/accounts/account-id%201/retention-settings",
      query: "",
      headers: {},
    },
    input: { AccountId: "account-id 1" },
    output: {
      InitiateDeletionTimestamp: new Date("2024-01-15T17:00:00.000Z"),
      RetentionSettings: {
        ConversationRetentionSettings: { RetentionDays: 10 },
        RoomRetentionSettings: { RetentionDays: 10 },
      },
    },
    response: {
      statusCode: 200,
      body: {
        InitiateDeletionTimestamp: "2024-01-15T17:00:00.000Z",
        RetentionSettings: {
          ConversationRetentionSettings: { RetentionDays: 10 },
          RoomRetentionSettings: { RetentionDays: 10 },
        },
      },
    },
  },
  {
    operation: "GetRoom",
    method: "getRoom",
    request: {
      method: "GET",
      path: "/accounts/account-id%201/rooms/room-id%201",
      query: "",
      headers: {},
    },
    input: { AccountId: "account-id 1", RoomId: "room-id 1" },
    output: {
      Room: {
        AccountId: "account-id 1",
        CreatedBy: "created-by 1",
        CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        Name: "name 1",
        RoomId: "room-id 1",
        UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
      },
    },
    response: {
      statusCode: 200,
      body: {
        Room: {
          AccountId: "account-id 1",
          CreatedBy: "created-by 1",
          CreatedTimestamp: "2024-01-15T17:00:00.000Z",
          Name: "name 1",
          RoomId: "room-id 1",
          UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
        },
      },
    },
  },
  {
    operation: "GetUser",
    method: "getUser",
    request: {
      method: "GET",
      path: "/accounts/account-id%201/users/user-id%201",
      query: "",
      headers: {},
    },
    input: { AccountId: "account-id 1", UserId: "user-id 1" },
    output: {
      User: {
        UserId: "user-id 1",
        AccountId: "account-id 1",
        AlexaForBusinessMetadata: {
          AlexaForBusinessRoomArn: "alexa-for-business-room-arn 1",
          IsAlexaForBusinessEnabled: true,
        },
        DisplayName: "display-name 1",
        InvitedOn: new Date("2024-01-15T17:00:00.000Z"),
        LicenseType: "Basic",
        PersonalPIN: "personal-pin 1",
        PrimaryEmail: "jane.doe@example.com",
        PrimaryProvisionedNumber: "primary-provisioned-number 1",
        RegisteredOn: new Date("2024-01-15T17:00:00.000Z"),
        UserInvitationStatus: "Accepted",
        UserRegistrationStatus: "Registered",
        UserType: "PrivateUser",
      },
    },
    response: {
      statusCode: 200,
      body: {
        User: {
          UserId: "user-id 1",
          AccountId: "account-id 1",
          AlexaForBusinessMetadata: {
            AlexaForBusinessRoomArn: "alexa-for-business-room-arn 1",
            IsAlexaForBusinessEnabled: true,
          },
          DisplayName: "display-name 1",
          InvitedOn: "2024-01-15T17:00:00.000Z",
          LicenseType: "Basic",
          PersonalPIN: "personal-pin 1",
          PrimaryEmail: "jane.doe@example.com",
          PrimaryProvisionedNumber: "primary-provisioned-number 1",
          RegisteredOn: "2024-01-15T17:00:00.000Z",
          UserInvitationStatus: "Accepted",
          UserRegistrationStatus: "Registered",
          UserType: "PrivateUser",
        },
      },
    },
  },
  {
    operation: "GetUserSettings",
    method: "getUserSettings",
    request: {
      method: "GET",
      path: "/accounts/account-id%201/users/user-id%201/settings",
      query: "",
      headers: {},
    },
    input: { AccountId: "account-id 1", UserId: "user-id 1" },
    output: {
      UserSettings: { Telephony: { InboundCalling: true, OutboundCalling: true, SMS: true } },
    },
    response: {
      statusCode: 200,
      body: {
        UserSettings: { Telephony: { InboundCalling: true, OutboundCalling: true, SMS: true } },
      },
    },
  },
  {
    operation: "InviteUsers",
    method: "inviteUsers",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/users",
      query: "operation=add",
      headers: {},
      body: '{"UserEmailList":["jane.doe@example.com"],"UserType":"PrivateUser"}',
    },
    input: {
      AccountId: "account-id 1",
      UserEmailList: ["jane.doe@example.com"],
      UserType: "PrivateUser",
    },
    output: {
      Invites: [
        {
          EmailAddress: "jane.doe@example.com",
          EmailStatus: "Failed",
          InviteId: "invite-id 1",
          Status: "Accepted",
        },
      ],
    },
    response: {
      statusCode: 201,
      body: {
        Invites: [
          {
            EmailAddress: "jane.doe@example.com",
            EmailStatus: "Failed",
            InviteId: "invite-id 1",
            Status: "Accepted",
          },
        ],
      },
    },
  },
  {
    operation: "ListAccounts",
    method: "listAccounts",
    request: {
      method: "GET",
      path: "/accounts",
      query:
        "max-results=10&name=name%201&next-token=next-token%201&user-email=jane.doe%40example.com",
      headers: {},
    },
    input: {
      MaxResults: 10,
      Name: "name 1",
      NextToken: "next-token 1",
      UserEmail: "jane.doe@example.com",
    },
    output: {
      Accounts: [
        {
          AccountId: "account-id 1",
          AwsAccountId: "aws-account-id 1",
          Name: "name 1",
          AccountStatus: "Active",
          AccountType: "EnterpriseDirectory",
          CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
          DefaultLicense: "Basic",
          SigninDelegateGroups: [{}],
          SupportedLicenses: ["Basic"],
        },
      ],
      NextToken: "next-token 1",
    },
    response: {
      statusCode: 200,
      body: {
        Accounts: [
          {
            AccountId: "account-id 1",
            AwsAccountId: "aws-account-id 1",
            Name: "name 1",
            AccountStatus: "Active",
            AccountType: "EnterpriseDirectory",
            CreatedTimestamp: "2024-01-15T17:00:00.000Z",
            DefaultLicense: "Basic",
            SigninDelegateGroups: [{}],
            SupportedLicenses: ["Basic"],
          },
        ],
        NextToken: "next-token 1",
      },
    },
  },
  {
    operation: "ListBots",
    method: "listBots",
    request: {
      method: "GET",
      path: "/accounts/account-id%201/bots",
      query: "max-results=10&next-token=next-token%201",
      headers: {},
    },
    input: { AccountId: "account-id 1", MaxResults: 10, NextToken: "next-token 1" },
    output: {
      Bots: [
        {
          BotEmail: "bot-email 1",
          BotId: "bot-id 1",
          BotType: "ChatBot",
          CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
          Disabled: true,
          DisplayName: "display-name 1",
          SecurityToken: "security-token 1",
          UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
          UserId: "user-id 1",
        },
      ],
      NextToken: "next-token 1",
    },
    response: {
      statusCode: 200,
      body: {
        Bots: [
          {
            BotEmail: "bot-email 1",
            BotId: "bot-id 1",
            BotType: "ChatBot",
            CreatedTimestamp: "2024-01-15T17:00:00.000Z",
            Disabled: true,
            DisplayName: "display-name 1",
            SecurityToken: "security-token 1",
            UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
            UserId: "user-id 1",
          },
        ],
        NextToken: "next-token 1",
      },
    },
  },
  {
    operation: "ListPhoneNumberOrders",
    method: "listPhoneNumberOrders",
    request: {
      method: "GET",
      path: "/phone-number-orders",
      query: "max-results=10&next-token=next-token%201",
      headers: {},
    },
    input: { MaxResults: 10, NextToken: "next-token 1" },
    output: {
      NextToken: "next-token 1",
      PhoneNumberOrders: [
        {
          CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
          OrderedPhoneNumbers: [{}],
          PhoneNumberOrderId: "2fb1f2f6-20d9-43e2-a66f-f73651b3d838",
          ProductType: "BusinessCalling",
          Status: "Failed",
          UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        },
      ],
    },
    response: {
      statusCode: 200,
      body: {
        NextToken: "next-token 1",
        PhoneNumberOrders: [
          {
            CreatedTimestamp: "2024-01-15T17:00:00.000Z",
            OrderedPhoneNumbers: [{}],
            PhoneNumberOrderId: "2fb1f2f6-20d9-43e2-a66f-f73651b3d838",
            ProductType: "BusinessCalling",
            Status: "Failed",
            UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
          },
        ],
      },
    },
  },
  {
    operation: "ListPhoneNumbers",
    method: "listPhoneNumbers",
    request: {
      method: "GET",
      path: "/phone-numbers",
      query:
        "filter-name=AccountId&filter-value=filter-value%201&max-results=10&next-token=next-token%201&product-type=BusinessCalling&status=AcquireFailed",
      headers: {},
    },
    input: {
      FilterName: "AccountId",
      FilterValue: "filter-value 1",
      MaxResults: 10,
      NextToken: "next-token 1",
      ProductType: "BusinessCalling",
      Status: "AcquireFailed",
    },
    output: {
      NextToken: "next-token 1",
      PhoneNumbers: [
        {
          Associations: [{}],
          CallingName: "US",
          CallingNameStatus: "Unassigned",
          Capabilities: {
            InboundCall: true,
            InboundMMS: true,
            InboundSMS: true,
            OutboundCall: true,
            OutboundMMS: true,
            OutboundSMS: true,
          },
          Country: "US",
          CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
          DeletionTimestamp: new Date("2024-01-15T17:00:00.000Z"),
          E164PhoneNumber: "+12065550100",
          PhoneNumberId: "phone-number-id 1",
          ProductType: "BusinessCalling",
          Status: "AcquireFailed",
          Type: "Local",
          UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        },
      ],
    },
    response: {
      statusCode: 200,
      body: {
        NextToken: "next-token 1",
        PhoneNumbers: [
          {
            Associations: [{}],
            CallingName: "US",
            CallingNameStatus: "Unassigned",
            Capabilities: {
              InboundCall: true,
              InboundMMS: true,
              InboundSMS: true,
              OutboundCall: true,
              OutboundMMS: true,
              OutboundSMS: true,
            },
            Country: "US",
            CreatedTimestamp: "2024-01-15T17:00:00.000Z",
            DeletionTimestamp: "2024-01-15T17:00:00.000Z",
            E164PhoneNumber: "+12065550100",
            PhoneNumberId: "phone-number-id 1",
            ProductType: "BusinessCalling",
            Status: "AcquireFailed",
            Type: "Local",
            UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
          },
        ],
      },
    },
  },
  {
    operation: "ListRoomMemberships",
    method: "listRoomMemberships",
    request: {
      method: "GET",
      path: "/accounts/account-id%201/rooms/room-id%201/memberships",
      query: "max-results=10&next-token=next-token%201",
      headers: {},
    },
    input: {
      AccountId: "account-id 1",
      MaxResults: 10,
      NextToken: "next-token 1",
      RoomId: "room-id 1",
    },
    output: {
      NextToken: "next-token 1",
      RoomMemberships: [
        {
          InvitedBy: "invited-by 1",
          Member: {
            AccountId: "account-id 1",
            Email: "email 1",
            FullName: "full-name 1",
            MemberId: "member-id 1",
            MemberType: "Bot",
          },
          Role: "Administrator",
          RoomId: "room-id 1",
          UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        },
      ],
    },
    response: {
      statusCode: 200,
      body: {
        NextToken: "next-token 1",
        RoomMemberships: [
          {
            InvitedBy: "invited-by 1",
            Member: {
              AccountId: "account-id 1",
              Email: "email 1",
              FullName: "full-name 1",
              MemberId: "member-id 1",
              MemberType: "Bot",
            },
            Role: "Administrator",
            RoomId: "room-id 1",
            UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
          },
        ],
      },
    },
  },
  {
    operation: "ListRooms",
    method: "listRooms",
    request: {
      method: "GET",
      path: "/accounts/account-id%201/rooms",
      query: "max-results=10&member-id=member-id%201&next-token=next-token%201",
      headers: {},
    },
    input: {
      AccountId: "account-id 1",
      MaxResults: 10,
      MemberId: "member-id 1",
      NextToken: "next-token 1",
    },
    output: {
      NextToken: "next-token 1",
      Rooms: [
        {
          AccountId: "account-id 1",
          CreatedBy: "created-by 1",
          CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
          Name: "name 1",
          RoomId: "room-id 1",
          UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        },
      ],
    },
    response: {
      statusCode: 200,
      body: {
        NextToken: "next-token 1",
        Rooms: [
          {
            AccountId: "account-id 1",
            CreatedBy: "created-by 1",
            CreatedTimestamp: "2024-01-15T17:00:00.000Z",
            Name: "name 1",
            RoomId: "room-id 1",
            UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
          },
        ],
      },
    },
  },
  {
    operation: "ListSupportedPhoneNumberCountries",
    method: "listSupportedPhoneNumberCountries",
    request: {
      method: "GET",
      path: "/phone-number-countries",
      query: "product-type=BusinessCalling",
      headers: {},
    },
    input: { ProductType: "BusinessCalling" },
    output: { PhoneNumberCountries: [{ CountryCode: "US", SupportedPhoneNumberTypes: ["Local"] }] },
    response: {
      statusCode: 200,
      body: { PhoneNumberCountries: [{ CountryCode: "US", SupportedPhoneNumberTypes: ["Local"] }] },
    },
  },
  {
    operation: "ListUsers",
    method: "listUsers",
    request: {
      method: "GET",
      path: "/accounts/account-id%201/users",
      query:
        "max-results=10&next-token=next-token%201&user-email=jane.doe%40example.com&user-type=PrivateUser",
      headers: {},
    },
    input: {
      AccountId: "account-id 1",
      MaxResults: 10,
      NextToken: "next-token 1",
      UserEmail: "jane.doe@example.com",
      UserType: "PrivateUser",
    },
    output: {
      NextToken: "next-token 1",
      Users: [
        {
          UserId: "user-id 1",
          AccountId: "account-id 1",
          AlexaForBusinessMetadata: {
            AlexaForBusinessRoomArn: "alexa-for-business-room-arn 1",
            IsAlexaForBusinessEnabled: true,
          },
          DisplayName: "display-name 1",
          InvitedOn: new Date("2024-01-15T17:00:00.000Z"),
          LicenseType: "Basic",
          PersonalPIN: "personal-pin 1",
          PrimaryEmail: "jane.doe@example.com",
          PrimaryProvisionedNumber: "primary-provisioned-number 1",
          RegisteredOn: new Date("2024-01-15T17:00:00.000Z"),
          UserInvitationStatus: "Accepted",
          UserRegistrationStatus: "Registered",
          UserType: "PrivateUser",
        },
      ],
    },
    response: {
      statusCode: 200,
      body: {
        NextToken: "next-token 1",
        Users: [
          {
            UserId: "user-id 1",
            AccountId: "account-id 1",
            AlexaForBusinessMetadata: {
              AlexaForBusinessRoomArn: "alexa-for-business-room-arn 1",
              IsAlexaForBusinessEnabled: true,
            },
            DisplayName: "display-name 1",
            InvitedOn: "2024-01-15T17:00:00.000Z",
            LicenseType: "Basic",
            PersonalPIN: "personal-pin 1",
            PrimaryEmail: "jane.doe@example.com",
            PrimaryProvisionedNumber: "primary-provisioned-number 1",
            RegisteredOn: "2024-01-15T17:00:00.000Z",
            UserInvitationStatus: "Accepted",
            UserRegistrationStatus: "Registered",
            UserType: "PrivateUser",
          },
        ],
      },
    },
  },
  {
    operation: "LogoutUser",
    method: "logoutUser",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/users/user-id%201",
      query: "operation=logout",
      headers: {},
    },
    input: { AccountId: "account-id 1", UserId: "user-id 1" },
    output: {},
    response: { statusCode: 204 },
  },
  {
    operation: "PutEventsConfiguration",
    method: "putEventsConfiguration",
    request: {
      method: "PUT",
      path: "/accounts/account-id%201/bots/bot-id%201/events-configuration",
      query: "",
      headers: {},
      body: '{"LambdaFunctionArn":"lambda-function-arn 1","OutboundEventsHTTPSEndpoint":"outbound-events-https-endpoint 1"}',
    },
    input: {
      AccountId: "account-id 1",
      BotId: "bot-id 1",
      LambdaFunctionArn: "lambda-function-arn 1",
      OutboundEventsHTTPSEndpoint: "outbound-events-https-endpoint 1",
    },
    output: {
      EventsConfiguration: {
        BotId: "bot-id 1",
        LambdaFunctionArn: "lambda-function-arn 1",
        OutboundEventsHTTPSEndpoint: "outbound-events-https-endpoint 1",
      },
    },
    response: {
      statusCode: 201,
      body: {
        EventsConfiguration: {
          BotId: "bot-id 1",
          LambdaFunctionArn: "lambda-function-arn 1",
          OutboundEventsHTTPSEndpoint: "outbound-events-https-endpoint 1",
        },
      },
    },
  },
  {
    operation: "PutRetentionSettings",
    method: "putRetentionSettings",
    request: {
      method: "PUT",
      path: "/accounts/account-id%201/retention-settings",
      query: "",
      headers: {},
      body: '{"RetentionSettings":{"ConversationRetentionSettings":{"RetentionDays":10},"RoomRetentionSettings":{"RetentionDays":10}}}',
    },
    input: {
      AccountId: "account-id 1",
      RetentionSettings: {
        ConversationRetentionSettings: { RetentionDays: 10 },
        RoomRetentionSettings: { RetentionDays: 10 },
      },
    },
    output: {
      InitiateDeletionTimestamp: new Date("2024-01-15T17:00:00.000Z"),
      RetentionSettings: {
        ConversationRetentionSettings: { RetentionDays: 10 },
        RoomRetentionSettings: { RetentionDays: 10 },
      },
    },
    response: { statusCode: 204 },
  },
  {
    operation: "RedactConversationMessage",
    method: "redactConversationMessage",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/conversations/conversation-id%201/messages/message-id%201",
      query: "operation=redact",
      headers: {},
    },
    input: {
      AccountId: "account-id 1",
      ConversationId: "conversation-id 1",
      MessageId: "message-id 1",
    },
    output: {},
    response: { statusCode: 200, body: {} },
  },
  {
    operation: "RedactRoomMessage",
    method: "redactRoomMessage",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/rooms/room-id%201/messages/message-id%201",
      query: "operation=redact",
      headers: {},
    },
    input: { AccountId: "account-id 1", MessageId: "message-id 1", RoomId: "room-id 1" },
    output: {},
    response: { statusCode: 200, body: {} },
  },
  {
    operation: "RegenerateSecurityToken",
    method: "regenerateSecurityToken",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/bots/bot-id%201",
      query: "operation=regenerate-security-token",
      headers: {},
    },
    input: { AccountId: "account-id 1", BotId: "bot-id 1" },
    output: {
      Bot: {
        BotEmail: "bot-email 1",
        BotId: "bot-id 1",
        BotType: "ChatBot",
        CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        Disabled: true,
        DisplayName: "display-name 1",
        SecurityToken: "security-token 1",
        UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        UserId: "user-id 1",
      },
    },
    response: {
      statusCode: 200,
      body: {
        Bot: {
          BotEmail: "bot-email 1",
          BotId: "bot-id 1",
          BotType: "ChatBot",
          CreatedTimestamp: "2024-01-15T17:00:00.000Z",
          Disabled: true,
          DisplayName: "display-name 1",
          SecurityToken: "security-token 1",
          UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
          UserId: "user-id 1",
        },
      },
    },
  },
  {
    operation: "ResetPersonalPIN",
    method: "resetPersonalPIN",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/users/user-id%201",
      query: "operation=reset-personal-pin",
      headers: {},
    },
    input: { AccountId: "account-id 1", UserId: "user-id 1" },
    output: {
      User: {
        UserId: "user-id 1",
        AccountId: "account-id 1",
        AlexaForBusinessMetadata: {
          AlexaForBusinessRoomArn: "alexa-for-business-room-arn 1",
          IsAlexaForBusinessEnabled: true,
        },
        DisplayName: "display-name 1",
        InvitedOn: new Date("2024-01-15T17:00:00.000Z"),
        LicenseType: "Basic",
        PersonalPIN: "personal-pin 1",
        PrimaryEmail: "jane.doe@example.com",
        PrimaryProvisionedNumber: "primary-provisioned-number 1",
        RegisteredOn: new Date("2024-01-15T17:00:00.000Z"),
        UserInvitationStatus: "Accepted",
        UserRegistrationStatus: "Registered",
        UserType: "PrivateUser",
      },
    },
    response: {
      statusCode: 200,
      body: {
        User: {
          UserId: "user-id 1",
          AccountId: "account-id 1",
          AlexaForBusinessMetadata: {
            AlexaForBusinessRoomArn: "alexa-for-business-room-arn 1",
            IsAlexaForBusinessEnabled: true,
          },
          DisplayName: "display-name 1",
          InvitedOn: "2024-01-15T17:00:00.000Z",
          LicenseType: "Basic",
          PersonalPIN: "personal-pin 1",
          PrimaryEmail: "jane.doe@example.com",
          PrimaryProvisionedNumber: "primary-provisioned-number 1",
          RegisteredOn: "2024-01-15T17:00:00.000Z",
          UserInvitationStatus: "Accepted",
          UserRegistrationStatus: "Registered",
          UserType: "PrivateUser",
        },
      },
    },
  },
  {
    operation: "RestorePhoneNumber",
    method: "restorePhoneNumber",
    request: {
      method: "POST",
      path: "/phone-numbers/phone-number-id%201",
      query: "operation=restore",
      headers: {},
    },
    input: { PhoneNumberId: "phone-number-id 1" },
    output: {
      PhoneNumber: {
        Associations: [
          {
            AssociatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
            Name: "AccountId",
            Value: "value 1",
          },
        ],
        CallingName: "US",
        CallingNameStatus: "Unassigned",
        Capabilities: {
          InboundCall: true,
          InboundMMS: true,
          InboundSMS: true,
          OutboundCall: true,
          OutboundMMS: true,
          OutboundSMS: true,
        },
        Country: "US",
        CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        DeletionTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        E164PhoneNumber: "+12065550100",
        PhoneNumberId: "phone-number-id 1",
        ProductType: "BusinessCalling",
        Status: "AcquireFailed",
        Type: "Local",
        UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
      },
    },
    response: {
      statusCode: 200,
      body: {
        PhoneNumber: {
          Associations: [
            {
              AssociatedTimestamp: "2024-01-15T17:00:00.000Z",
              Name: "AccountId",
              Value: "value 1",
            },
          ],
          CallingName: "US",
          CallingNameStatus: "Unassigned",
          Capabilities: {
            InboundCall: true,
            InboundMMS: true,
            InboundSMS: true,
            OutboundCall: true,
            OutboundMMS: true,
            OutboundSMS: true,
          },
          Country: "US",
          CreatedTimestamp: "2024-01-15T17:00:00.000Z",
          DeletionTimestamp: "2024-01-15T17:00:00.000Z",
          E164PhoneNumber: "+12065550100",
          PhoneNumberId: "phone-number-id 1",
          ProductType: "BusinessCalling",
          Status: "AcquireFailed",
          Type: "Local",
          UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
        },
      },
    },
  },
  {
    operation: "SearchAvailablePhoneNumbers",
    method: "searchAvailablePhoneNumbers",
    request: {
      method: "GET",
      path: "/search",
      query:
        "type=phone-numbers&area-code=area-code%201&city=city%201&country=US&max-results=10&next-token=next-token%201&phone-number-type=Local&state=state%201&toll-free-prefix=844",
      headers: {},
    },
    input: {
      AreaCode: "area-code 1",
      City: "city 1",
      Country: "US",
      MaxResults: 10,
      NextToken: "next-token 1",
      PhoneNumberType: "Local",
      State: "state 1",
      TollFreePrefix: "844",
    },
    output: { E164PhoneNumbers: ["+12065550100"], NextToken: "next-token 1" },
    response: {
      statusCode: 200,
      body: { E164PhoneNumbers: ["+12065550100"], NextToken: "next-token 1" },
    },
  },
  {
    operation: "UpdateAccount",
    method: "updateAccount",
    request: {
      method: "POST",
      path: "/accounts/account-id%201",
      query: "",
      headers: {},
      body: '{"DefaultLicense":"Basic","Name":"name 1"}',
    },
    input: { AccountId: "account-id 1", DefaultLicense: "Basic", Name: "name 1" },
    output: {
      Account: {
        AccountId: "account-id 1",
        AwsAccountId: "aws-account-id 1",
        Name: "name 1",
        AccountStatus: "Active",
        AccountType: "EnterpriseDirectory",
        CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        DefaultLicense: "Basic",
        SigninDelegateGroups: [{ GroupName: "group-name 1" }],
        SupportedLicenses: ["Basic"],
      },
    },
    response: {
      statusCode: 200,
      body: {
        Account: {
          AccountId: "account-id 1",
          AwsAccountId: "aws-account-id 1",
          Name: "name 1",
          AccountStatus: "Active",
          AccountType: "EnterpriseDirectory",
          CreatedTimestamp: "2024-01-15T17:00:00.000Z",
          DefaultLicense: "Basic",
          SigninDelegateGroups: [{ GroupName: "group-name 1" }],
          SupportedLicenses: ["Basic"],
        },
      },
    },
  },
  {
    operation: "UpdateAccountSettings",
    method: "updateAccountSettings",
    request: {
      method: "PUT",
      path: "/accounts/account-id%201/settings",
      query: "",
      headers: {},
      body: '{"AccountSettings":{"DisableRemoteControl":true,"EnableDialOut":true}}',
    },
    input: {
      AccountId: "account-id 1",
      AccountSettings: { DisableRemoteControl: true, EnableDialOut: true },
    },
    output: {},
    response: { statusCode: 204 },
  },
  {
    operation: "UpdateBot",
    method: "updateBot",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/bots/bot-id%201",
      query: "",
      headers: {},
      body: '{"Disabled":true}',
    },
    input: { AccountId: "account-id 1", BotId: "bot-id 1", Disabled: true },
    output: {
      Bot: {
        BotEmail: "bot-email 1",
        BotId: "bot-id 1",
        BotType: "ChatBot",
        CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        Disabled: true,
        DisplayName: "display-name 1",
        SecurityToken: "security-token 1",
        UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        UserId: "user-id 1",
      },
    },
    response: {
      statusCode: 200,
      body: {
        Bot: {
          BotEmail: "bot-email 1",
          BotId: "bot-id 1",
          BotType: "ChatBot",
          CreatedTimestamp: "2024-01-15T17:00:00.000Z",
          Disabled: true,
          DisplayName: "display-name 1",
          SecurityToken: "security-token 1",
          UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
          UserId: "user-id 1",
        },
      },
    },
  },
  {
    operation: "UpdateGlobalSettings",
    method: "updateGlobalSettings",
    request: {
      method: "PUT",
      path: "/settings",
      query: "",
      headers: {},
      body: '{"BusinessCalling":{"CdrBucket":"cdr-bucket 1"},"VoiceConnector":{"CdrBucket":"cdr-bucket 1"}}',
    },
    input: {
      BusinessCalling: { CdrBucket: "cdr-bucket 1" },
      VoiceConnector: { CdrBucket: "cdr-bucket 1" },
    },
    output: {},
    response: { statusCode: 204 },
  },
  {
    operation: "UpdatePhoneNumber",
    method: "updatePhoneNumber",
    request: {
      method: "POST",
      path: "/phone-numbers/phone-number-id%201",
      query: "",
      headers: {},
      body: '{"CallingName":"US","ProductType":"BusinessCalling"}',
    },
    input: {
      PhoneNumberId: "phone-number-id 1",
      CallingName: "US",
      ProductType: "BusinessCalling",
    },
    output: {
      PhoneNumber: {
        Associations: [
          {
            AssociatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
            Name: "AccountId",
            Value: "value 1",
          },
        ],
        CallingName: "US",
        CallingNameStatus: "Unassigned",
        Capabilities: {
          InboundCall: true,
          InboundMMS: true,
          InboundSMS: true,
          OutboundCall: true,
          OutboundMMS: true,
          OutboundSMS: true,
        },
        Country: "US",
        CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        DeletionTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        E164PhoneNumber: "+12065550100",
        PhoneNumberId: "phone-number-id 1",
        ProductType: "BusinessCalling",
        Status: "AcquireFailed",
        Type: "Local",
        UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
      },
    },
    response: {
      statusCode: 200,
      body: {
        PhoneNumber: {
          Associations: [
            {
              AssociatedTimestamp: "2024-01-15T17:00:00.000Z",
              Name: "AccountId",
              Value: "value 1",
            },
          ],
          CallingName: "US",
          CallingNameStatus: "Unassigned",
          Capabilities: {
            InboundCall: true,
            InboundMMS: true,
            InboundSMS: true,
            OutboundCall: true,
            OutboundMMS: true,
            OutboundSMS: true,
          },
          Country: "US",
          CreatedTimestamp: "2024-01-15T17:00:00.000Z",
          DeletionTimestamp: "2024-01-15T17:00:00.000Z",
          E164PhoneNumber: "+12065550100",
          PhoneNumberId: "phone-number-id 1",
          ProductType: "BusinessCalling",
          Status: "AcquireFailed",
          Type: "Local",
          UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
        },
      },
    },
  },
  {
    operation: "UpdatePhoneNumberSettings",
    method: "updatePhoneNumberSettings",
    request: {
      method: "PUT",
      path: "/settings/phone-number",
      query: "",
      headers: {},
      body: '{"CallingName":"US"}',
    },
    input: { CallingName: "US" },
    output: {},
    response: { statusCode: 204 },
  },
  {
    operation: "UpdateRoom",
    method: "updateRoom",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/rooms/room-id%201",
      query: "",
      headers: {},
      body: '{"Name":"name 1"}',
    },
    input: { AccountId: "account-id 1", RoomId: "room-id 1", Name: "name 1" },
    output: {
      Room: {
        AccountId: "account-id 1",
        CreatedBy: "created-by 1",
        CreatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
        Name: "name 1",
        RoomId: "room-id 1",
        UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
      },
    },
    response: {
      statusCode: 200,
      body: {
        Room: {
          AccountId: "account-id 1",
          CreatedBy: "created-by 1",
          CreatedTimestamp: "2024-01-15T17:00:00.000Z",
          Name: "name 1",
          RoomId: "room-id 1",
          UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
        },
      },
    },
  },
  {
    operation: "UpdateRoomMembership",
    method: "updateRoomMembership",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/rooms/room-id%201/memberships/member-id%201",
      query: "",
      headers: {},
      body: '{"Role":"Administrator"}',
    },
    input: {
      AccountId: "account-id 1",
      MemberId: "member-id 1",
      RoomId: "room-id 1",
      Role: "Administrator",
    },
    output: {
      RoomMembership: {
        InvitedBy: "invited-by 1",
        Member: {
          AccountId: "account-id 1",
          Email: "email 1",
          FullName: "full-name 1",
          MemberId: "member-id 1",
          MemberType: "Bot",
        },
        Role: "Administrator",
        RoomId: "room-id 1",
        UpdatedTimestamp: new Date("2024-01-15T17:00:00.000Z"),
      },
    },
    response: {
      statusCode: 200,
      body: {
        RoomMembership: {
          InvitedBy: "invited-by 1",
          Member: {
            AccountId: "account-id 1",
            Email: "email 1",
            FullName: "full-name 1",
            MemberId: "member-id 1",
            MemberType: "Bot",
          },
          Role: "Administrator",
          RoomId: "room-id 1",
          UpdatedTimestamp: "2024-01-15T17:00:00.000Z",
        },
      },
    },
  },
  {
    operation: "UpdateUser",
    method: "updateUser",
    request: {
      method: "POST",
      path: "/accounts/account-id%201/users/user-id%201",
      query: "",
      headers: {},
      body: '{"AlexaForBusinessMetadata":{"AlexaForBusinessRoomArn":"alexa-for-business-room-arn 1","IsAlexaForBusinessEnabled":true},"LicenseType":"Basic","UserType":"PrivateUser"}',
    },
    input: {
      AccountId: "account-id 1",
      UserId: "user-id 1",
      AlexaForBusinessMetadata: {
        AlexaForBusinessRoomArn: "alexa-for-business-room-arn 1",
        IsAlexaForBusinessEnabled: true,
      },
      LicenseType: "Basic",
      UserType: "PrivateUser",
    },
    output: {
      User: {
        UserId: "user-id 1",
        AccountId: "account-id 1",
        AlexaForBusinessMetadata: {
          AlexaForBusinessRoomArn: "alexa-for-business-room-arn 1",
          IsAlexaForBusinessEnabled: true,
        },
        DisplayName: "display-name 1",
        InvitedOn: new Date("2024-01-15T17:00:00.000Z"),
        LicenseType: "Basic",
        PersonalPIN: "personal-pin 1",
        PrimaryEmail: "jane.doe@example.com",
        PrimaryProvisionedNumber: "primary-provisioned-number 1",
        RegisteredOn: new Date("2024-01-15T17:00:00.000Z"),
        UserInvitationStatus: "Accepted",
        UserRegistrationStatus: "Registered",
        UserType: "PrivateUser",
      },
    },
    response: {
      statusCode: 200,
      body: {
        User: {
          UserId: "user-id 1",
          AccountId: "account-id 1",
          AlexaForBusinessMetadata: {
            AlexaForBusinessRoomArn: "alexa-for-business-room-arn 1",
            IsAlexaForBusinessEnabled: true,
          },
          DisplayName: "display-name 1",
          InvitedOn: "2024-01-15T17:00:00.000Z",
          LicenseType: "Basic",
          PersonalPIN: "personal-pin 1",
          PrimaryEmail: "jane.doe@example.com",
          PrimaryProvisionedNumber: "primary-provisioned-number 1",
          RegisteredOn: "2024-01-15T17:00:00.000Z",
          UserInvitationStatus: "Accepted",
          UserRegistrationStatus: "Registered",
          UserType: "PrivateUser",
        },
      },
    },
  },
  {
    operation: "UpdateUserSettings",
    method: "updateUserSettings",
    request: {
      method: "PUT",
      path: "/accounts/account-id%201/users/user-id%201/settings",
      query: "",
      headers: {},
      body: '{"UserSettings":{"Telephony":{"InboundCalling":true,"OutboundCalling":true,"SMS":true}}}',
    },
    input: {
      AccountId: "account-id 1",
      UserId: "user-id 1",
      UserSettings: { Telephony: { InboundCalling: true, OutboundCalling: true, SMS: true } },
    },
    output: {},
    response: { statusCode: 204 },
  },
];
describe("each of the 62 operations is routed, reads its input and writes its output", () => {
  it.each(cases)("$operation", runOperationCase);
});
