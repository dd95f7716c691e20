// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
/** Every structure of the model with its members' values and constraints: what the fixture factories generate. */
export const fixtureShapes = {
  AccessDeniedException: {
    members: [
      {
        name: "Code",
        value: {
          type: "enum",
          values: [
            "AccessDenied",
            "BadRequest",
            "Conflict",
            "Forbidden",
            "NotFound",
            "PhoneNumberAssociationsExist",
            "PreconditionFailed",
            "ResourceLimitExceeded",
            "ServiceFailure",
            "ServiceUnavailable",
            "Throttled",
            "Throttling",
            "Unauthorized",
            "Unprocessable",
            "VoiceConnectorGroupAssociationsExist",
          ],
        },
      },
      {
        name: "Message",
        value: {
          type: "string",
        },
      },
    ],
  },
  Account: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
        },
      },
      {
        name: "AwsAccountId",
        required: true,
        value: {
          type: "string",
        },
      },
      {
        name: "Name",
        required: true,
        value: {
          type: "string",
        },
      },
      {
        name: "AccountStatus",
        value: {
          type: "enum",
          values: ["Active", "Suspended"],
        },
      },
      {
        name: "AccountType",
        value: {
          type: "enum",
          values: ["EnterpriseDirectory", "EnterpriseLWA", "EnterpriseOIDC", "Team"],
        },
      },
      {
        name: "CreatedTimestamp",
        value: {
          type: "timestamp",
        },
      },
      {
        name: "DefaultLicense",
        value: {
          type: "enum",
          values: ["Basic", "Plus", "Pro", "ProTrial"],
        },
      },
      {
        name: "SigninDelegateGroups",
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "SigninDelegateGroup",
          },
        },
      },
      {
        name: "SupportedLicenses",
        value: {
          type: "list",
          member: {
            type: "enum",
            values: ["Basic", "Plus", "Pro", "ProTrial"],
          },
        },
      },
    ],
  },
  AccountSettings: {
    members: [
      {
        name: "DisableRemoteControl",
        value: {
          type: "boolean",
        },
      },
      {
        name: "EnableDialOut",
        value: {
          type: "boolean",
        },
      },
    ],
  },
  AlexaForBusinessMetadata: {
    members: [
      {
        name: "AlexaForBusinessRoomArn",
        value: {
          type: "string",
        },
      },
      {
        name: "IsAlexaForBusinessEnabled",
        value: {
          type: "boolean",
        },
      },
    ],
  },
  AssociatePhoneNumberWithUserRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
        },
      },
      {
        name: "UserId",
        required: true,
        value: {
          type: "string",
        },
      },
      {
        name: "E164PhoneNumber",
        required: true,
        value: {
          type: "string",
          pattern: "^\\+[1-9]\\d{1,14}$",
        },
      },
    ],
  },
  AssociatePhoneNumberWithUserResponse: {
    members: [],
  },
  AssociateSigninDelegateGroupsWithAccountRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "SigninDelegateGroups",
        required: true,
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "SigninDelegateGroup",
          },
        },
      },
    ],
  },
  AssociateSigninDelegateGroupsWithAccountResponse: {
    members: [],
  },
  BadRequestException: {
    members: [
      {
        name: "Code",
        value: {
          type: "enum",
          values: [
            "AccessDenied",
            "BadRequest",
            "Conflict",
            "Forbidden",
            "NotFound",
            "PhoneNumberAssociationsExist",
            "PreconditionFailed",
            "ResourceLimitExceeded",
            "ServiceFailure",
            "ServiceUnavailable",
            "Throttled",
            "Throttling",
            "Unauthorized",
            "Unprocessable",
            "VoiceConnectorGroupAssociationsExist",
          ],
        },
      },
      {
        name: "Message",
        value: {
          type: "string",
        },
      },
    ],
  },
  BatchCreateRoomMembershipRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "RoomId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "MembershipItemList",
        required: true,
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "MembershipItem",
          },
          length: {
            max: 50,
          },
        },
      },
    ],
  },
  BatchCreateRoomMembershipResponse: {
    members: [
      {
        name: "Errors",
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "MemberError",
          },
        },
      },
    ],
  },
  BatchDeletePhoneNumberRequest: {
    members: [
      {
        name: "PhoneNumberIds",
        required: true,
        value: {
          type: "list",
          member: {
            type: "string",
          },
          length: {
            min: 1,
          },
        },
      },
    ],
  },
  BatchDeletePhoneNumberResponse: {
    members: [
      {
        name: "PhoneNumberErrors",
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "PhoneNumberError",
          },
        },
      },
    ],
  },
  BatchSuspendUserRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "UserIdList",
        required: true,
        value: {
          type: "list",
          member: {
            type: "string",
            pattern: ".*\\S.*",
          },
          length: {
            max: 50,
          },
        },
      },
    ],
  },
  BatchSuspendUserResponse: {
    members: [
      {
        name: "UserErrors",
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "UserError",
          },
        },
      },
    ],
  },
  BatchUnsuspendUserRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "UserIdList",
        required: true,
        value: {
          type: "list",
          member: {
            type: "string",
            pattern: ".*\\S.*",
          },
          length: {
            max: 50,
          },
        },
      },
    ],
  },
  BatchUnsuspendUserResponse: {
    members: [
      {
        name: "UserErrors",
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "UserError",
          },
        },
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
          member: {
            type: "structure",
            shape: "UpdatePhoneNumberRequestItem",
          },
        },
      },
    ],
  },
  BatchUpdatePhoneNumberResponse: {
    members: [
      {
        name: "PhoneNumberErrors",
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "PhoneNumberError",
          },
        },
      },
    ],
  },
  BatchUpdateUserRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "UpdateUserRequestItems",
        required: true,
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "UpdateUserRequestItem",
          },
          length: {
            max: 20,
          },
        },
      },
    ],
  },
  BatchUpdateUserResponse: {
    members: [
      {
        name: "UserErrors",
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "UserError",
          },
        },
      },
    ],
  },
  Bot: {
    members: [
      {
        name: "BotEmail",
        value: {
          type: "string",
        },
      },
      {
        name: "BotId",
        value: {
          type: "string",
        },
      },
      {
        name: "BotType",
        value: {
          type: "enum",
          values: ["ChatBot"],
        },
      },
      {
        name: "CreatedTimestamp",
        value: {
          type: "timestamp",
        },
      },
      {
        name: "Disabled",
        value: {
          type: "boolean",
        },
      },
      {
        name: "DisplayName",
        value: {
          type: "string",
        },
      },
      {
        name: "SecurityToken",
        value: {
          type: "string",
        },
      },
      {
        name: "UpdatedTimestamp",
        value: {
          type: "timestamp",
        },
      },
      {
        name: "UserId",
        value: {
          type: "string",
        },
      },
    ],
  },
  BusinessCallingSettings: {
    members: [
      {
        name: "CdrBucket",
        value: {
          type: "string",
        },
      },
    ],
  },
  ConflictException: {
    members: [
      {
        name: "Code",
        value: {
          type: "enum",
          values: [
            "AccessDenied",
            "BadRequest",
            "Conflict",
            "Forbidden",
            "NotFound",
            "PhoneNumberAssociationsExist",
            "PreconditionFailed",
            "ResourceLimitExceeded",
            "ServiceFailure",
            "ServiceUnavailable",
            "Throttled",
            "Throttling",
            "Unauthorized",
            "Unprocessable",
            "VoiceConnectorGroupAssociationsExist",
          ],
        },
      },
      {
        name: "Message",
        value: {
          type: "string",
        },
      },
    ],
  },
  ConversationRetentionSettings: {
    members: [
      {
        name: "RetentionDays",
        value: {
          type: "integer",
          range: {
            min: 1,
            max: 5475,
          },
        },
      },
    ],
  },
  CreateAccountRequest: {
    members: [
      {
        name: "Name",
        required: true,
        value: {
          type: "string",
          length: {
            min: 1,
            max: 100,
          },
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  CreateAccountResponse: {
    members: [
      {
        name: "Account",
        value: {
          type: "structure",
          shape: "Account",
        },
      },
    ],
  },
  CreateBotRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "DisplayName",
        required: true,
        value: {
          type: "string",
        },
      },
      {
        name: "Domain",
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  CreateBotResponse: {
    members: [
      {
        name: "Bot",
        value: {
          type: "structure",
          shape: "Bot",
        },
      },
    ],
  },
  CreateMeetingDialOutRequest: {
    members: [
      {
        name: "MeetingId",
        required: true,
        value: {
          type: "string",
          pattern: "[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}",
        },
      },
      {
        name: "FromPhoneNumber",
        required: true,
        value: {
          type: "string",
          pattern: "^\\+?[1-9]\\d{1,14}$",
        },
      },
      {
        name: "JoinToken",
        required: true,
        value: {
          type: "string",
          length: {
            min: 2,
            max: 2048,
          },
          pattern: "^[a-zA-Z0-9+/]+$",
        },
      },
      {
        name: "ToPhoneNumber",
        required: true,
        value: {
          type: "string",
          pattern: "^\\+?[1-9]\\d{1,14}$",
        },
      },
    ],
  },
  CreateMeetingDialOutResponse: {
    members: [
      {
        name: "TransactionId",
        value: {
          type: "string",
          pattern: "[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}",
        },
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
          member: {
            type: "string",
            pattern: "^\\+[1-9]\\d{1,14}$",
          },
        },
      },
      {
        name: "ProductType",
        required: true,
        value: {
          type: "enum",
          values: ["BusinessCalling", "SipMediaApplicationDialIn", "VoiceConnector"],
        },
      },
    ],
  },
  CreatePhoneNumberOrderResponse: {
    members: [
      {
        name: "PhoneNumberOrder",
        value: {
          type: "structure",
          shape: "PhoneNumberOrder",
        },
      },
    ],
  },
  CreateRoomMembershipRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "RoomId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "MemberId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "Role",
        value: {
          type: "enum",
          values: ["Administrator", "Member"],
        },
      },
    ],
  },
  CreateRoomMembershipResponse: {
    members: [
      {
        name: "RoomMembership",
        value: {
          type: "structure",
          shape: "RoomMembership",
        },
      },
    ],
  },
  CreateRoomRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "ClientRequestToken",
        value: {
          type: "string",
          length: {
            min: 2,
            max: 64,
          },
          pattern: "[-_a-zA-Z0-9]*",
        },
      },
      {
        name: "Name",
        required: true,
        value: {
          type: "string",
        },
      },
    ],
  },
  CreateRoomResponse: {
    members: [
      {
        name: "Room",
        value: {
          type: "structure",
          shape: "Room",
        },
      },
    ],
  },
  CreateUserRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "Email",
        value: {
          type: "string",
          pattern: ".+@.+\\..+",
        },
      },
      {
        name: "Username",
        value: {
          type: "string",
        },
      },
      {
        name: "UserType",
        value: {
          type: "enum",
          values: ["PrivateUser", "SharedDevice"],
        },
      },
    ],
  },
  CreateUserResponse: {
    members: [
      {
        name: "User",
        value: {
          type: "structure",
          shape: "User",
        },
      },
    ],
  },
  DeleteAccountRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  DeleteAccountResponse: {
    members: [],
  },
  DeleteEventsConfigurationRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "BotId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  DeleteEventsConfigurationResponse: {
    members: [],
  },
  DeletePhoneNumberRequest: {
    members: [
      {
        name: "PhoneNumberId",
        required: true,
        value: {
          type: "string",
        },
      },
    ],
  },
  DeletePhoneNumberResponse: {
    members: [],
  },
  DeleteRoomMembershipRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "MemberId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "RoomId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  DeleteRoomMembershipResponse: {
    members: [],
  },
  DeleteRoomRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "RoomId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  DeleteRoomResponse: {
    members: [],
  },
  DisassociatePhoneNumberFromUserRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
        },
      },
      {
        name: "UserId",
        required: true,
        value: {
          type: "string",
        },
      },
    ],
  },
  DisassociatePhoneNumberFromUserResponse: {
    members: [],
  },
  DisassociateSigninDelegateGroupsFromAccountRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "GroupNames",
        required: true,
        value: {
          type: "list",
          member: {
            type: "string",
          },
          length: {
            min: 1,
          },
        },
      },
    ],
  },
  DisassociateSigninDelegateGroupsFromAccountResponse: {
    members: [],
  },
  EventsConfiguration: {
    members: [
      {
        name: "BotId",
        value: {
          type: "string",
        },
      },
      {
        name: "LambdaFunctionArn",
        value: {
          type: "string",
        },
      },
      {
        name: "OutboundEventsHTTPSEndpoint",
        value: {
          type: "string",
        },
      },
    ],
  },
  ForbiddenException: {
    members: [
      {
        name: "Code",
        value: {
          type: "enum",
          values: [
            "AccessDenied",
            "BadRequest",
            "Conflict",
            "Forbidden",
            "NotFound",
            "PhoneNumberAssociationsExist",
            "PreconditionFailed",
            "ResourceLimitExceeded",
            "ServiceFailure",
            "ServiceUnavailable",
            "Throttled",
            "Throttling",
            "Unauthorized",
            "Unprocessable",
            "VoiceConnectorGroupAssociationsExist",
          ],
        },
      },
      {
        name: "Message",
        value: {
          type: "string",
        },
      },
    ],
  },
  GetAccountRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  GetAccountResponse: {
    members: [
      {
        name: "Account",
        value: {
          type: "structure",
          shape: "Account",
        },
      },
    ],
  },
  GetAccountSettingsRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  GetAccountSettingsResponse: {
    members: [
      {
        name: "AccountSettings",
        value: {
          type: "structure",
          shape: "AccountSettings",
        },
      },
    ],
  },
  GetBotRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "BotId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  GetBotResponse: {
    members: [
      {
        name: "Bot",
        value: {
          type: "structure",
          shape: "Bot",
        },
      },
    ],
  },
  GetEventsConfigurationRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "BotId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  GetEventsConfigurationResponse: {
    members: [
      {
        name: "EventsConfiguration",
        value: {
          type: "structure",
          shape: "EventsConfiguration",
        },
      },
    ],
  },
  GetGlobalSettingsRequest: {
    members: [],
  },
  GetGlobalSettingsResponse: {
    members: [
      {
        name: "BusinessCalling",
        value: {
          type: "structure",
          shape: "BusinessCallingSettings",
        },
      },
      {
        name: "VoiceConnector",
        value: {
          type: "structure",
          shape: "VoiceConnectorSettings",
        },
      },
    ],
  },
  GetPhoneNumberOrderRequest: {
    members: [
      {
        name: "PhoneNumberOrderId",
        required: true,
        value: {
          type: "string",
          pattern: "[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}",
        },
      },
    ],
  },
  GetPhoneNumberOrderResponse: {
    members: [
      {
        name: "PhoneNumberOrder",
        value: {
          type: "structure",
          shape: "PhoneNumberOrder",
        },
      },
    ],
  },
  GetPhoneNumberRequest: {
    members: [
      {
        name: "PhoneNumberId",
        required: true,
        value: {
          type: "string",
        },
      },
    ],
  },
  GetPhoneNumberResponse: {
    members: [
      {
        name: "PhoneNumber",
        value: {
          type: "structure",
          shape: "PhoneNumber",
        },
      },
    ],
  },
  GetPhoneNumberSettingsRequest: {
    members: [],
  },
  GetPhoneNumberSettingsResponse: {
    members: [
      {
        name: "CallingName",
        value: {
          type: "string",
          pattern: "^$|^[a-zA-Z0-9 ]{2,15}$",
        },
      },
      {
        name: "CallingNameUpdatedTimestamp",
        value: {
          type: "timestamp",
        },
      },
    ],
  },
  GetRetentionSettingsRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  GetRetentionSettingsResponse: {
    members: [
      {
        name: "InitiateDeletionTimestamp",
        value: {
          type: "timestamp",
        },
      },
      {
        name: "RetentionSettings",
        value: {
          type: "structure",
          shape: "RetentionSettings",
        },
      },
    ],
  },
  GetRoomRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "RoomId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  GetRoomResponse: {
    members: [
      {
        name: "Room",
        value: {
          type: "structure",
          shape: "Room",
        },
      },
    ],
  },
  GetUserRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "UserId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  GetUserResponse: {
    members: [
      {
        name: "User",
        value: {
          type: "structure",
          shape: "User",
        },
      },
    ],
  },
  GetUserSettingsRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
        },
      },
      {
        name: "UserId",
        required: true,
        value: {
          type: "string",
        },
      },
    ],
  },
  GetUserSettingsResponse: {
    members: [
      {
        name: "UserSettings",
        value: {
          type: "structure",
          shape: "UserSettings",
        },
      },
    ],
  },
  Invite: {
    members: [
      {
        name: "EmailAddress",
        value: {
          type: "string",
          pattern: ".+@.+\\..+",
        },
      },
      {
        name: "EmailStatus",
        value: {
          type: "enum",
          values: ["Failed", "NotSent", "Sent"],
        },
      },
      {
        name: "InviteId",
        value: {
          type: "string",
        },
      },
      {
        name: "Status",
        value: {
          type: "enum",
          values: ["Accepted", "Failed", "Pending"],
        },
      },
    ],
  },
  InviteUsersRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "UserEmailList",
        required: true,
        value: {
          type: "list",
          member: {
            type: "string",
            pattern: ".+@.+\\..+",
          },
          length: {
            max: 50,
          },
        },
      },
      {
        name: "UserType",
        value: {
          type: "enum",
          values: ["PrivateUser", "SharedDevice"],
        },
      },
    ],
  },
  InviteUsersResponse: {
    members: [
      {
        name: "Invites",
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "Invite",
          },
        },
      },
    ],
  },
  ListAccountsRequest: {
    members: [
      {
        name: "MaxResults",
        value: {
          type: "integer",
          range: {
            min: 1,
            max: 200,
          },
        },
      },
      {
        name: "Name",
        value: {
          type: "string",
          length: {
            min: 1,
            max: 100,
          },
          pattern: ".*\\S.*",
        },
      },
      {
        name: "NextToken",
        value: {
          type: "string",
        },
      },
      {
        name: "UserEmail",
        value: {
          type: "string",
          pattern: ".+@.+\\..+",
        },
      },
    ],
  },
  ListAccountsResponse: {
    members: [
      {
        name: "Accounts",
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "Account",
          },
        },
      },
      {
        name: "NextToken",
        value: {
          type: "string",
        },
      },
    ],
  },
  ListBotsRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "MaxResults",
        value: {
          type: "integer",
          range: {
            min: 1,
            max: 99,
          },
        },
      },
      {
        name: "NextToken",
        value: {
          type: "string",
        },
      },
    ],
  },
  ListBotsResponse: {
    members: [
      {
        name: "Bots",
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "Bot",
          },
        },
      },
      {
        name: "NextToken",
        value: {
          type: "string",
        },
      },
    ],
  },
  ListPhoneNumberOrdersRequest: {
    members: [
      {
        name: "MaxResults",
        value: {
          type: "integer",
          range: {
            min: 1,
            max: 99,
          },
        },
      },
      {
        name: "NextToken",
        value: {
          type: "string",
        },
      },
    ],
  },
  ListPhoneNumberOrdersResponse: {
    members: [
      {
        name: "NextToken",
        value: {
          type: "string",
        },
      },
      {
        name: "PhoneNumberOrders",
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "PhoneNumberOrder",
          },
        },
      },
    ],
  },
  ListPhoneNumbersRequest: {
    members: [
      {
        name: "FilterName",
        value: {
          type: "enum",
          values: ["AccountId", "SipRuleId", "UserId", "VoiceConnectorGroupId", "VoiceConnectorId"],
        },
      },
      {
        name: "FilterValue",
        value: {
          type: "string",
        },
      },
      {
        name: "MaxResults",
        value: {
          type: "integer",
          range: {
            min: 1,
            max: 99,
          },
        },
      },
      {
        name: "NextToken",
        value: {
          type: "string",
        },
      },
      {
        name: "ProductType",
        value: {
          type: "enum",
          values: ["BusinessCalling", "SipMediaApplicationDialIn", "VoiceConnector"],
        },
      },
      {
        name: "Status",
        value: {
          type: "enum",
          values: [
            "AcquireFailed",
            "AcquireInProgress",
            "Assigned",
            "DeleteFailed",
            "DeleteInProgress",
            "ReleaseFailed",
            "ReleaseInProgress",
            "Unassigned",
          ],
        },
      },
    ],
  },
  ListPhoneNumbersResponse: {
    members: [
      {
        name: "NextToken",
        value: {
          type: "string",
        },
      },
      {
        name: "PhoneNumbers",
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "PhoneNumber",
          },
        },
      },
    ],
  },
  ListRoomMembershipsRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "MaxResults",
        value: {
          type: "integer",
          range: {
            min: 1,
            max: 99,
          },
        },
      },
      {
        name: "NextToken",
        value: {
          type: "string",
        },
      },
      {
        name: "RoomId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  ListRoomMembershipsResponse: {
    members: [
      {
        name: "NextToken",
        value: {
          type: "string",
        },
      },
      {
        name: "RoomMemberships",
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "RoomMembership",
          },
        },
      },
    ],
  },
  ListRoomsRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "MaxResults",
        value: {
          type: "integer",
          range: {
            min: 1,
            max: 99,
          },
        },
      },
      {
        name: "MemberId",
        value: {
          type: "string",
        },
      },
      {
        name: "NextToken",
        value: {
          type: "string",
        },
      },
    ],
  },
  ListRoomsResponse: {
    members: [
      {
        name: "NextToken",
        value: {
          type: "string",
        },
      },
      {
        name: "Rooms",
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "Room",
          },
        },
      },
    ],
  },
  ListSupportedPhoneNumberCountriesRequest: {
    members: [
      {
        name: "ProductType",
        required: true,
        value: {
          type: "enum",
          values: ["BusinessCalling", "SipMediaApplicationDialIn", "VoiceConnector"],
        },
      },
    ],
  },
  ListSupportedPhoneNumberCountriesResponse: {
    members: [
      {
        name: "PhoneNumberCountries",
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "PhoneNumberCountry",
          },
        },
      },
    ],
  },
  ListUsersRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "MaxResults",
        value: {
          type: "integer",
          range: {
            min: 1,
            max: 200,
          },
        },
      },
      {
        name: "NextToken",
        value: {
          type: "string",
        },
      },
      {
        name: "UserEmail",
        value: {
          type: "string",
          pattern: ".+@.+\\..+",
        },
      },
      {
        name: "UserType",
        value: {
          type: "enum",
          values: ["PrivateUser", "SharedDevice"],
        },
      },
    ],
  },
  ListUsersResponse: {
    members: [
      {
        name: "NextToken",
        value: {
          type: "string",
        },
      },
      {
        name: "Users",
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "User",
          },
        },
      },
    ],
  },
  LogoutUserRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "UserId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  LogoutUserResponse: {
    members: [],
  },
  Member: {
    members: [
      {
        name: "AccountId",
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "Email",
        value: {
          type: "string",
        },
      },
      {
        name: "FullName",
        value: {
          type: "string",
        },
      },
      {
        name: "MemberId",
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "MemberType",
        value: {
          type: "enum",
          values: ["Bot", "User", "Webhook"],
        },
      },
    ],
  },
  MemberError: {
    members: [
      {
        name: "ErrorCode",
        value: {
          type: "enum",
          values: [
            "AccessDenied",
            "BadRequest",
            "Conflict",
            "Forbidden",
            "NotFound",
            "PhoneNumberAssociationsExist",
            "PreconditionFailed",
            "ResourceLimitExceeded",
            "ServiceFailure",
            "ServiceUnavailable",
            "Throttled",
            "Throttling",
            "Unauthorized",
            "Unprocessable",
            "VoiceConnectorGroupAssociationsExist",
          ],
        },
      },
      {
        name: "ErrorMessage",
        value: {
          type: "string",
        },
      },
      {
        name: "MemberId",
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  MembershipItem: {
    members: [
      {
        name: "MemberId",
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "Role",
        value: {
          type: "enum",
          values: ["Administrator", "Member"],
        },
      },
    ],
  },
  NotFoundException: {
    members: [
      {
        name: "Code",
        value: {
          type: "enum",
          values: [
            "AccessDenied",
            "BadRequest",
            "Conflict",
            "Forbidden",
            "NotFound",
            "PhoneNumberAssociationsExist",
            "PreconditionFailed",
            "ResourceLimitExceeded",
            "ServiceFailure",
            "ServiceUnavailable",
            "Throttled",
            "Throttling",
            "Unauthorized",
            "Unprocessable",
            "VoiceConnectorGroupAssociationsExist",
          ],
        },
      },
      {
        name: "Message",
        value: {
          type: "string",
        },
      },
    ],
  },
  OrderedPhoneNumber: {
    members: [
      {
        name: "E164PhoneNumber",
        value: {
          type: "string",
          pattern: "^\\+?[1-9]\\d{1,14}$",
        },
      },
      {
        name: "Status",
        value: {
          type: "enum",
          values: ["Acquired", "Failed", "Processing"],
        },
      },
    ],
  },
  PhoneNumber: {
    members: [
      {
        name: "Associations",
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "PhoneNumberAssociation",
          },
        },
      },
      {
        name: "CallingName",
        value: {
          type: "string",
          pattern: "^$|^[a-zA-Z0-9 ]{2,15}$",
        },
      },
      {
        name: "CallingNameStatus",
        value: {
          type: "enum",
          values: ["Unassigned", "UpdateFailed", "UpdateInProgress", "UpdateSucceeded"],
        },
      },
      {
        name: "Capabilities",
        value: {
          type: "structure",
          shape: "PhoneNumberCapabilities",
        },
      },
      {
        name: "Country",
        value: {
          type: "string",
          pattern: "[A-Z]{2}",
        },
      },
      {
        name: "CreatedTimestamp",
        value: {
          type: "timestamp",
        },
      },
      {
        name: "DeletionTimestamp",
        value: {
          type: "timestamp",
        },
      },
      {
        name: "E164PhoneNumber",
        value: {
          type: "string",
          pattern: "^\\+?[1-9]\\d{1,14}$",
        },
      },
      {
        name: "PhoneNumberId",
        value: {
          type: "string",
        },
      },
      {
        name: "ProductType",
        value: {
          type: "enum",
          values: ["BusinessCalling", "SipMediaApplicationDialIn", "VoiceConnector"],
        },
      },
      {
        name: "Status",
        value: {
          type: "enum",
          values: [
            "AcquireFailed",
            "AcquireInProgress",
            "Assigned",
            "DeleteFailed",
            "DeleteInProgress",
            "ReleaseFailed",
            "ReleaseInProgress",
            "Unassigned",
          ],
        },
      },
      {
        name: "Type",
        value: {
          type: "enum",
          values: ["Local", "TollFree"],
        },
      },
      {
        name: "UpdatedTimestamp",
        value: {
          type: "timestamp",
        },
      },
    ],
  },
  PhoneNumberAssociation: {
    members: [
      {
        name: "AssociatedTimestamp",
        value: {
          type: "timestamp",
        },
      },
      {
        name: "Name",
        value: {
          type: "enum",
          values: ["AccountId", "SipRuleId", "UserId", "VoiceConnectorGroupId", "VoiceConnectorId"],
        },
      },
      {
        name: "Value",
        value: {
          type: "string",
        },
      },
    ],
  },
  PhoneNumberCapabilities: {
    members: [
      {
        name: "InboundCall",
        value: {
          type: "boolean",
        },
      },
      {
        name: "InboundMMS",
        value: {
          type: "boolean",
        },
      },
      {
        name: "InboundSMS",
        value: {
          type: "boolean",
        },
      },
      {
        name: "OutboundCall",
        value: {
          type: "boolean",
        },
      },
      {
        name: "OutboundMMS",
        value: {
          type: "boolean",
        },
      },
      {
        name: "OutboundSMS",
        value: {
          type: "boolean",
        },
      },
    ],
  },
  PhoneNumberCountry: {
    members: [
      {
        name: "CountryCode",
        value: {
          type: "string",
          pattern: "[A-Z]{2}",
        },
      },
      {
        name: "SupportedPhoneNumberTypes",
        value: {
          type: "list",
          member: {
            type: "enum",
            values: ["Local", "TollFree"],
          },
        },
      },
    ],
  },
  PhoneNumberError: {
    members: [
      {
        name: "ErrorCode",
        value: {
          type: "enum",
          values: [
            "AccessDenied",
            "BadRequest",
            "Conflict",
            "Forbidden",
            "NotFound",
            "PhoneNumberAssociationsExist",
            "PreconditionFailed",
            "ResourceLimitExceeded",
            "ServiceFailure",
            "ServiceUnavailable",
            "Throttled",
            "Throttling",
            "Unauthorized",
            "Unprocessable",
            "VoiceConnectorGroupAssociationsExist",
          ],
        },
      },
      {
        name: "ErrorMessage",
        value: {
          type: "string",
        },
      },
      {
        name: "PhoneNumberId",
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  PhoneNumberOrder: {
    members: [
      {
        name: "CreatedTimestamp",
        value: {
          type: "timestamp",
        },
      },
      {
        name: "OrderedPhoneNumbers",
        value: {
          type: "list",
          member: {
            type: "structure",
            shape: "OrderedPhoneNumber",
          },
        },
      },
      {
        name: "PhoneNumberOrderId",
        value: {
          type: "string",
          pattern: "[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}",
        },
      },
      {
        name: "ProductType",
        value: {
          type: "enum",
          values: ["BusinessCalling", "SipMediaApplicationDialIn", "VoiceConnector"],
        },
      },
      {
        name: "Status",
        value: {
          type: "enum",
          values: ["Failed", "Partial", "Processing", "Successful"],
        },
      },
      {
        name: "UpdatedTimestamp",
        value: {
          type: "timestamp",
        },
      },
    ],
  },
  PutEventsConfigurationRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "BotId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "LambdaFunctionArn",
        value: {
          type: "string",
        },
      },
      {
        name: "OutboundEventsHTTPSEndpoint",
        value: {
          type: "string",
        },
      },
    ],
  },
  PutEventsConfigurationResponse: {
    members: [
      {
        name: "EventsConfiguration",
        value: {
          type: "structure",
          shape: "EventsConfiguration",
        },
      },
    ],
  },
  PutRetentionSettingsRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "RetentionSettings",
        required: true,
        value: {
          type: "structure",
          shape: "RetentionSettings",
        },
      },
    ],
  },
  PutRetentionSettingsResponse: {
    members: [
      {
        name: "InitiateDeletionTimestamp",
        value: {
          type: "timestamp",
        },
      },
      {
        name: "RetentionSettings",
        value: {
          type: "structure",
          shape: "RetentionSettings",
        },
      },
    ],
  },
  RedactConversationMessageRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "ConversationId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "MessageId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  RedactConversationMessageResponse: {
    members: [],
  },
  RedactRoomMessageRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "MessageId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "RoomId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  RedactRoomMessageResponse: {
    members: [],
  },
  RegenerateSecurityTokenRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "BotId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  RegenerateSecurityTokenResponse: {
    members: [
      {
        name: "Bot",
        value: {
          type: "structure",
          shape: "Bot",
        },
      },
    ],
  },
  ResetPersonalPINRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "UserId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  ResetPersonalPINResponse: {
    members: [
      {
        name: "User",
        value: {
          type: "structure",
          shape: "User",
        },
      },
    ],
  },
  ResourceLimitExceededException: {
    members: [
      {
        name: "Code",
        value: {
          type: "enum",
          values: [
            "AccessDenied",
            "BadRequest",
            "Conflict",
            "Forbidden",
            "NotFound",
            "PhoneNumberAssociationsExist",
            "PreconditionFailed",
            "ResourceLimitExceeded",
            "ServiceFailure",
            "ServiceUnavailable",
            "Throttled",
            "Throttling",
            "Unauthorized",
            "Unprocessable",
            "VoiceConnectorGroupAssociationsExist",
          ],
        },
      },
      {
        name: "Message",
        value: {
          type: "string",
        },
      },
    ],
  },
  RestorePhoneNumberRequest: {
    members: [
      {
        name: "PhoneNumberId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  RestorePhoneNumberResponse: {
    members: [
      {
        name: "PhoneNumber",
        value: {
          type: "structure",
          shape: "PhoneNumber",
        },
      },
    ],
  },
  RetentionSettings: {
    members: [
      {
        name: "ConversationRetentionSettings",
        value: {
          type: "structure",
          shape: "ConversationRetentionSettings",
        },
      },
      {
        name: "RoomRetentionSettings",
        value: {
          type: "structure",
          shape: "RoomRetentionSettings",
        },
      },
    ],
  },
  Room: {
    members: [
      {
        name: "AccountId",
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "CreatedBy",
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "CreatedTimestamp",
        value: {
          type: "timestamp",
        },
      },
      {
        name: "Name",
        value: {
          type: "string",
        },
      },
      {
        name: "RoomId",
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "UpdatedTimestamp",
        value: {
          type: "timestamp",
        },
      },
    ],
  },
  RoomMembership: {
    members: [
      {
        name: "InvitedBy",
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "Member",
        value: {
          type: "structure",
          shape: "Member",
        },
      },
      {
        name: "Role",
        value: {
          type: "enum",
          values: ["Administrator", "Member"],
        },
      },
      {
        name: "RoomId",
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "UpdatedTimestamp",
        value: {
          type: "timestamp",
        },
      },
    ],
  },
  RoomRetentionSettings: {
    members: [
      {
        name: "RetentionDays",
        value: {
          type: "integer",
          range: {
            min: 1,
            max: 5475,
          },
        },
      },
    ],
  },
  SearchAvailablePhoneNumbersRequest: {
    members: [
      {
        name: "AreaCode",
        value: {
          type: "string",
        },
      },
      {
        name: "City",
        value: {
          type: "string",
        },
      },
      {
        name: "Country",
        value: {
          type: "string",
          pattern: "[A-Z]{2}",
        },
      },
      {
        name: "MaxResults",
        value: {
          type: "integer",
          range: {
            min: 1,
            max: 500,
          },
        },
      },
      {
        name: "NextToken",
        value: {
          type: "string",
        },
      },
      {
        name: "PhoneNumberType",
        value: {
          type: "enum",
          values: ["Local", "TollFree"],
        },
      },
      {
        name: "State",
        value: {
          type: "string",
        },
      },
      {
        name: "TollFreePrefix",
        value: {
          type: "string",
          length: {
            min: 3,
            max: 3,
          },
          pattern: "^8(00|33|44|55|66|77|88)$",
        },
      },
    ],
  },
  SearchAvailablePhoneNumbersResponse: {
    members: [
      {
        name: "E164PhoneNumbers",
        value: {
          type: "list",
          member: {
            type: "string",
            pattern: "^\\+[1-9]\\d{1,14}$",
          },
        },
      },
      {
        name: "NextToken",
        value: {
          type: "string",
        },
      },
    ],
  },
  ServiceFailureException: {
    members: [
      {
        name: "Code",
        value: {
          type: "enum",
          values: [
            "AccessDenied",
            "BadRequest",
            "Conflict",
            "Forbidden",
            "NotFound",
            "PhoneNumberAssociationsExist",
            "PreconditionFailed",
            "ResourceLimitExceeded",
            "ServiceFailure",
            "ServiceUnavailable",
            "Throttled",
            "Throttling",
            "Unauthorized",
            "Unprocessable",
            "VoiceConnectorGroupAssociationsExist",
          ],
        },
      },
      {
        name: "Message",
        value: {
          type: "string",
        },
      },
    ],
  },
  ServiceUnavailableException: {
    members: [
      {
        name: "Code",
        value: {
          type: "enum",
          values: [
            "AccessDenied",
            "BadRequest",
            "Conflict",
            "Forbidden",
            "NotFound",
            "PhoneNumberAssociationsExist",
            "PreconditionFailed",
            "ResourceLimitExceeded",
            "ServiceFailure",
            "ServiceUnavailable",
            "Throttled",
            "Throttling",
            "Unauthorized",
            "Unprocessable",
            "VoiceConnectorGroupAssociationsExist",
          ],
        },
      },
      {
        name: "Message",
        value: {
          type: "string",
        },
      },
    ],
  },
  SigninDelegateGroup: {
    members: [
      {
        name: "GroupName",
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  TelephonySettings: {
    members: [
      {
        name: "InboundCalling",
        required: true,
        value: {
          type: "boolean",
        },
      },
      {
        name: "OutboundCalling",
        required: true,
        value: {
          type: "boolean",
        },
      },
      {
        name: "SMS",
        required: true,
        value: {
          type: "boolean",
        },
      },
    ],
  },
  ThrottledClientException: {
    members: [
      {
        name: "Code",
        value: {
          type: "enum",
          values: [
            "AccessDenied",
            "BadRequest",
            "Conflict",
            "Forbidden",
            "NotFound",
            "PhoneNumberAssociationsExist",
            "PreconditionFailed",
            "ResourceLimitExceeded",
            "ServiceFailure",
            "ServiceUnavailable",
            "Throttled",
            "Throttling",
            "Unauthorized",
            "Unprocessable",
            "VoiceConnectorGroupAssociationsExist",
          ],
        },
      },
      {
        name: "Message",
        value: {
          type: "string",
        },
      },
    ],
  },
  UnauthorizedClientException: {
    members: [
      {
        name: "Code",
        value: {
          type: "enum",
          values: [
            "AccessDenied",
            "BadRequest",
            "Conflict",
            "Forbidden",
            "NotFound",
            "PhoneNumberAssociationsExist",
            "PreconditionFailed",
            "ResourceLimitExceeded",
            "ServiceFailure",
            "ServiceUnavailable",
            "Throttled",
            "Throttling",
            "Unauthorized",
            "Unprocessable",
            "VoiceConnectorGroupAssociationsExist",
          ],
        },
      },
      {
        name: "Message",
        value: {
          type: "string",
        },
      },
    ],
  },
  UnprocessableEntityException: {
    members: [
      {
        name: "Code",
        value: {
          type: "enum",
          values: [
            "AccessDenied",
            "BadRequest",
            "Conflict",
            "Forbidden",
            "NotFound",
            "PhoneNumberAssociationsExist",
            "PreconditionFailed",
            "ResourceLimitExceeded",
            "ServiceFailure",
            "ServiceUnavailable",
            "Throttled",
            "Throttling",
            "Unauthorized",
            "Unprocessable",
            "VoiceConnectorGroupAssociationsExist",
          ],
        },
      },
      {
        name: "Message",
        value: {
          type: "string",
        },
      },
    ],
  },
  UpdateAccountRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "DefaultLicense",
        value: {
          type: "enum",
          values: ["Basic", "Plus", "Pro", "ProTrial"],
        },
      },
      {
        name: "Name",
        value: {
          type: "string",
          length: {
            min: 1,
            max: 100,
          },
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  UpdateAccountResponse: {
    members: [
      {
        name: "Account",
        value: {
          type: "structure",
          shape: "Account",
        },
      },
    ],
  },
  UpdateAccountSettingsRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "AccountSettings",
        required: true,
        value: {
          type: "structure",
          shape: "AccountSettings",
        },
      },
    ],
  },
  UpdateAccountSettingsResponse: {
    members: [],
  },
  UpdateBotRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "BotId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "Disabled",
        value: {
          type: "boolean",
        },
      },
    ],
  },
  UpdateBotResponse: {
    members: [
      {
        name: "Bot",
        value: {
          type: "structure",
          shape: "Bot",
        },
      },
    ],
  },
  UpdateGlobalSettingsRequest: {
    members: [
      {
        name: "BusinessCalling",
        value: {
          type: "structure",
          shape: "BusinessCallingSettings",
        },
      },
      {
        name: "VoiceConnector",
        value: {
          type: "structure",
          shape: "VoiceConnectorSettings",
        },
      },
    ],
  },
  UpdateGlobalSettingsResponse: {
    members: [],
  },
  UpdatePhoneNumberRequest: {
    members: [
      {
        name: "PhoneNumberId",
        required: true,
        value: {
          type: "string",
        },
      },
      {
        name: "CallingName",
        value: {
          type: "string",
          pattern: "^$|^[a-zA-Z0-9 ]{2,15}$",
        },
      },
      {
        name: "ProductType",
        value: {
          type: "enum",
          values: ["BusinessCalling", "SipMediaApplicationDialIn", "VoiceConnector"],
        },
      },
    ],
  },
  UpdatePhoneNumberRequestItem: {
    members: [
      {
        name: "PhoneNumberId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "CallingName",
        value: {
          type: "string",
          pattern: "^$|^[a-zA-Z0-9 ]{2,15}$",
        },
      },
      {
        name: "ProductType",
        value: {
          type: "enum",
          values: ["BusinessCalling", "SipMediaApplicationDialIn", "VoiceConnector"],
        },
      },
    ],
  },
  UpdatePhoneNumberResponse: {
    members: [
      {
        name: "PhoneNumber",
        value: {
          type: "structure",
          shape: "PhoneNumber",
        },
      },
    ],
  },
  UpdatePhoneNumberSettingsRequest: {
    members: [
      {
        name: "CallingName",
        required: true,
        value: {
          type: "string",
          pattern: "^$|^[a-zA-Z0-9 ]{2,15}$",
        },
      },
    ],
  },
  UpdatePhoneNumberSettingsResponse: {
    members: [],
  },
  UpdateRoomMembershipRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "MemberId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "RoomId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "Role",
        value: {
          type: "enum",
          values: ["Administrator", "Member"],
        },
      },
    ],
  },
  UpdateRoomMembershipResponse: {
    members: [
      {
        name: "RoomMembership",
        value: {
          type: "structure",
          shape: "RoomMembership",
        },
      },
    ],
  },
  UpdateRoomRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "RoomId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "Name",
        value: {
          type: "string",
        },
      },
    ],
  },
  UpdateRoomResponse: {
    members: [
      {
        name: "Room",
        value: {
          type: "structure",
          shape: "Room",
        },
      },
    ],
  },
  UpdateUserRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "UserId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "AlexaForBusinessMetadata",
        value: {
          type: "structure",
          shape: "AlexaForBusinessMetadata",
        },
      },
      {
        name: "LicenseType",
        value: {
          type: "enum",
          values: ["Basic", "Plus", "Pro", "ProTrial"],
        },
      },
      {
        name: "UserType",
        value: {
          type: "enum",
          values: ["PrivateUser", "SharedDevice"],
        },
      },
    ],
  },
  UpdateUserRequestItem: {
    members: [
      {
        name: "UserId",
        required: true,
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
      {
        name: "AlexaForBusinessMetadata",
        value: {
          type: "structure",
          shape: "AlexaForBusinessMetadata",
        },
      },
      {
        name: "LicenseType",
        value: {
          type: "enum",
          values: ["Basic", "Plus", "Pro", "ProTrial"],
        },
      },
      {
        name: "UserType",
        value: {
          type: "enum",
          values: ["PrivateUser", "SharedDevice"],
        },
      },
    ],
  },
  UpdateUserResponse: {
    members: [
      {
        name: "User",
        value: {
          type: "structure",
          shape: "User",
        },
      },
    ],
  },
  UpdateUserSettingsRequest: {
    members: [
      {
        name: "AccountId",
        required: true,
        value: {
          type: "string",
        },
      },
      {
        name: "UserId",
        required: true,
        value: {
          type: "string",
        },
      },
      {
        name: "UserSettings",
        required: true,
        value: {
          type: "structure",
          shape: "UserSettings",
        },
      },
    ],
  },
  UpdateUserSettingsResponse: {
    members: [],
  },
  User: {
    members: [
      {
        name: "UserId",
        required: true,
        value: {
          type: "string",
        },
      },
      {
        name: "AccountId",
        value: {
          type: "string",
        },
      },
      {
        name: "AlexaForBusinessMetadata",
        value: {
          type: "structure",
          shape: "AlexaForBusinessMetadata",
        },
      },
      {
        name: "DisplayName",
        value: {
          type: "string",
        },
      },
      {
        name: "InvitedOn",
        value: {
          type: "timestamp",
        },
      },
      {
        name: "LicenseType",
        value: {
          type: "enum",
          values: ["Basic", "Plus", "Pro", "ProTrial"],
        },
      },
      {
        name: "PersonalPIN",
        value: {
          type: "string",
        },
      },
      {
        name: "PrimaryEmail",
        value: {
          type: "string",
          pattern: ".+@.+\\..+",
        },
      },
      {
        name: "PrimaryProvisionedNumber",
        value: {
          type: "string",
        },
      },
      {
        name: "RegisteredOn",
        value: {
          type: "timestamp",
        },
      },
      {
        name: "UserInvitationStatus",
        value: {
          type: "enum",
          values: ["Accepted", "Failed", "Pending"],
        },
      },
      {
        name: "UserRegistrationStatus",
        value: {
          type: "enum",
          values: ["Registered", "Suspended", "Unregistered"],
        },
      },
      {
        name: "UserType",
        value: {
          type: "enum",
          values: ["PrivateUser", "SharedDevice"],
        },
      },
    ],
  },
  UserError: {
    members: [
      {
        name: "ErrorCode",
        value: {
          type: "enum",
          values: [
            "AccessDenied",
            "BadRequest",
            "Conflict",
            "Forbidden",
            "NotFound",
            "PhoneNumberAssociationsExist",
            "PreconditionFailed",
            "ResourceLimitExceeded",
            "ServiceFailure",
            "ServiceUnavailable",
            "Throttled",
            "Throttling",
            "Unauthorized",
            "Unprocessable",
            "VoiceConnectorGroupAssociationsExist",
          ],
        },
      },
      {
        name: "ErrorMessage",
        value: {
          type: "string",
        },
      },
      {
        name: "UserId",
        value: {
          type: "string",
          pattern: ".*\\S.*",
        },
      },
    ],
  },
  UserSettings: {
    members: [
      {
        name: "Telephony",
        required: true,
        value: {
          type: "structure",
          shape: "TelephonySettings",
        },
      },
    ],
  },
  VoiceConnectorSettings: {
    members: [
      {
        name: "CdrBucket",
        value: {
          type: "string",
        },
      },
    ],
  },
} as const;

/** The name of a structure a fixture factory generates. */
export type FixtureShapeName = keyof typeof fixtureShapes;
