// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
/** Every resource of the model: the identifiers of its enclosing resources (its storage scope), its own identifier (none for singletons), its parent, lifecycle operations, other operations and child resources. */
export const resourceTable = {
  AccountResource: {
    scope: [],
    id: "AccountId",
    lifecycle: {
      create: "CreateAccount",
      delete: "DeleteAccount",
      list: "ListAccounts",
      read: "GetAccount",
      update: "UpdateAccount",
    },
    operations: [
      "AssociateSigninDelegateGroupsWithAccount",
      "DisassociateSigninDelegateGroupsFromAccount",
      "RedactConversationMessage",
    ],
    resources: [
      "AccountSettingsResource",
      "BotResource",
      "RetentionSettingsResource",
      "RoomResource",
      "UserResource",
    ],
  },
  AccountSettingsResource: {
    scope: ["AccountId"],
    parent: "AccountResource",
    lifecycle: {
      read: "GetAccountSettings",
      update: "UpdateAccountSettings",
    },
    operations: [],
    resources: [],
  },
  BotResource: {
    scope: ["AccountId"],
    id: "BotId",
    parent: "AccountResource",
    lifecycle: {
      create: "CreateBot",
      list: "ListBots",
      read: "GetBot",
      update: "UpdateBot",
    },
    operations: ["RegenerateSecurityToken"],
    resources: ["EventsConfigurationResource"],
  },
  EventsConfigurationResource: {
    scope: ["AccountId", "BotId"],
    parent: "BotResource",
    lifecycle: {
      delete: "DeleteEventsConfiguration",
      put: "PutEventsConfiguration",
      read: "GetEventsConfiguration",
    },
    operations: [],
    resources: [],
  },
  GlobalSettingsResource: {
    scope: [],
    lifecycle: {
      read: "GetGlobalSettings",
      update: "UpdateGlobalSettings",
    },
    operations: [],
    resources: [],
  },
  PhoneNumberOrderResource: {
    scope: [],
    id: "PhoneNumberOrderId",
    lifecycle: {
      create: "CreatePhoneNumberOrder",
      list: "ListPhoneNumberOrders",
      read: "GetPhoneNumberOrder",
    },
    operations: [],
    resources: [],
  },
  PhoneNumberResource: {
    scope: [],
    id: "PhoneNumberId",
    lifecycle: {
      delete: "DeletePhoneNumber",
      list: "ListPhoneNumbers",
      read: "GetPhoneNumber",
      update: "UpdatePhoneNumber",
    },
    operations: ["BatchDeletePhoneNumber", "BatchUpdatePhoneNumber", "RestorePhoneNumber"],
    resources: [],
  },
  PhoneNumberSettingsResource: {
    scope: [],
    lifecycle: {
      read: "GetPhoneNumberSettings",
      update: "UpdatePhoneNumberSettings",
    },
    operations: [],
    resources: [],
  },
  RetentionSettingsResource: {
    scope: ["AccountId"],
    parent: "AccountResource",
    lifecycle: {
      put: "PutRetentionSettings",
      read: "GetRetentionSettings",
    },
    operations: [],
    resources: [],
  },
  RoomMembershipResource: {
    scope: ["AccountId", "RoomId"],
    id: "MemberId",
    parent: "RoomResource",
    lifecycle: {
      delete: "DeleteRoomMembership",
      list: "ListRoomMemberships",
      update: "UpdateRoomMembership",
    },
    operations: ["BatchCreateRoomMembership", "CreateRoomMembership"],
    resources: [],
  },
  RoomResource: {
    scope: ["AccountId"],
    id: "RoomId",
    parent: "AccountResource",
    lifecycle: {
      create: "CreateRoom",
      delete: "DeleteRoom",
      list: "ListRooms",
      read: "GetRoom",
      update: "UpdateRoom",
    },
    operations: ["RedactRoomMessage"],
    resources: ["RoomMembershipResource"],
  },
  UserResource: {
    scope: ["AccountId"],
    id: "UserId",
    parent: "AccountResource",
    lifecycle: {
      create: "CreateUser",
      list: "ListUsers",
      read: "GetUser",
      update: "UpdateUser",
    },
    operations: [
      "AssociatePhoneNumberWithUser",
      "BatchSuspendUser",
      "BatchUnsuspendUser",
      "BatchUpdateUser",
      "DisassociatePhoneNumberFromUser",
      "InviteUsers",
      "LogoutUser",
      "ResetPersonalPIN",
    ],
    resources: ["UserSettingsResource"],
  },
  UserSettingsResource: {
    scope: ["AccountId", "UserId"],
    parent: "UserResource",
    lifecycle: {
      read: "GetUserSettings",
      update: "UpdateUserSettings",
    },
    operations: [],
    resources: [],
  },
} as const;

/** The name of a resource of the model. */
export type ResourceName = keyof typeof resourceTable;
