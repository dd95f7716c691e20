import type { ResourceShapeNode, ShapeRef } from "../../model/smithy-ast.ts";
import { PRELUDE, shapeId } from "./shape-ids.ts";
import { sortedTraits } from "./shape-registry.ts";

/**
 * The resources the flat reference implies, nested as the URIs nest. Resource shapes are named
 * `<Thing>Resource` because the reference's data types already own the plain names (`User` is the
 * structure). Operations that do not fit a lifecycle slot are `operations` (they bind every
 * identifier) or `collectionOperations` (they bind only the parent's).
 */
export interface ResourceSpec {
  name: string;
  documentation: string;
  identifiers: Record<string, string>;
  create?: string;
  put?: string;
  read?: string;
  update?: string;
  delete?: string;
  list?: string;
  operations?: string[];
  collectionOperations?: string[];
  resources?: string[];
}

const ACCOUNT = { AccountId: PRELUDE.String };

export const RESOURCES: ResourceSpec[] = [
  {
    name: "AccountResource",
    documentation: "An Amazon Chime account (`/accounts/{AccountId}`).",
    identifiers: ACCOUNT,
    create: "CreateAccount",
    read: "GetAccount",
    update: "UpdateAccount",
    delete: "DeleteAccount",
    list: "ListAccounts",
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
  {
    name: "AccountSettingsResource",
    documentation: "The settings of one account (`/accounts/{AccountId}/settings`), a singleton.",
    identifiers: ACCOUNT,
    read: "GetAccountSettings",
    update: "UpdateAccountSettings",
  },
  {
    name: "RetentionSettingsResource",
    documentation:
      "The chat retention settings of one account (`/accounts/{AccountId}/retention-settings`), a singleton.",
    identifiers: ACCOUNT,
    put: "PutRetentionSettings",
    read: "GetRetentionSettings",
  },
  {
    name: "UserResource",
    documentation: "A user of an account (`/accounts/{AccountId}/users/{UserId}`).",
    identifiers: { ...ACCOUNT, UserId: PRELUDE.String },
    create: "CreateUser",
    read: "GetUser",
    update: "UpdateUser",
    list: "ListUsers",
    operations: [
      "AssociatePhoneNumberWithUser",
      "DisassociatePhoneNumberFromUser",
      "LogoutUser",
      "ResetPersonalPIN",
    ],
    collectionOperations: [
      "BatchSuspendUser",
      "BatchUnsuspendUser",
      "BatchUpdateUser",
      "InviteUsers",
    ],
    resources: ["UserSettingsResource"],
  },
  {
    name: "UserSettingsResource",
    documentation:
      "The settings of one user (`/accounts/{AccountId}/users/{UserId}/settings`), a singleton.",
    identifiers: { ...ACCOUNT, UserId: PRELUDE.String },
    read: "GetUserSettings",
    update: "UpdateUserSettings",
  },
  {
    name: "BotResource",
    documentation: "A chat bot of an Enterprise account (`/accounts/{AccountId}/bots/{BotId}`).",
    identifiers: { ...ACCOUNT, BotId: PRELUDE.String },
    create: "CreateBot",
    read: "GetBot",
    update: "UpdateBot",
    list: "ListBots",
    operations: ["RegenerateSecurityToken"],
    resources: ["EventsConfigurationResource"],
  },
  {
    name: "EventsConfigurationResource",
    documentation:
      "The outgoing events configuration of one bot (`/accounts/{AccountId}/bots/{BotId}/events-configuration`), a singleton.",
    identifiers: { ...ACCOUNT, BotId: PRELUDE.String },
    put: "PutEventsConfiguration",
    read: "GetEventsConfiguration",
    delete: "DeleteEventsConfiguration",
  },
  {
    name: "RoomResource",
    documentation: "A chat room of an Enterprise account (`/accounts/{AccountId}/rooms/{RoomId}`).",
    identifiers: { ...ACCOUNT, RoomId: PRELUDE.String },
    create: "CreateRoom",
    read: "GetRoom",
    update: "UpdateRoom",
    delete: "DeleteRoom",
    list: "ListRooms",
    operations: ["RedactRoomMessage"],
    resources: ["RoomMembershipResource"],
  },
  {
    name: "RoomMembershipResource",
    documentation:
      "A member of a chat room (`/accounts/{AccountId}/rooms/{RoomId}/memberships/{MemberId}`). The client names the member, so CreateRoomMembership binds every identifier and is an instance operation rather than `create`.",
    identifiers: { ...ACCOUNT, RoomId: PRELUDE.String, MemberId: PRELUDE.String },
    update: "UpdateRoomMembership",
    delete: "DeleteRoomMembership",
    list: "ListRoomMemberships",
    operations: ["CreateRoomMembership"],
    collectionOperations: ["BatchCreateRoomMembership"],
  },
  {
    name: "PhoneNumberResource",
    documentation:
      "A phone number in the AWS account's inventory (`/phone-numbers/{PhoneNumberId}`).",
    identifiers: { PhoneNumberId: shapeId("SensitiveString") },
    read: "GetPhoneNumber",
    update: "UpdatePhoneNumber",
    delete: "DeletePhoneNumber",
    list: "ListPhoneNumbers",
    operations: ["RestorePhoneNumber"],
    collectionOperations: ["BatchDeletePhoneNumber", "BatchUpdatePhoneNumber"],
  },
  {
    name: "PhoneNumberOrderResource",
    documentation: "An order for phone numbers (`/phone-number-orders/{PhoneNumberOrderId}`).",
    identifiers: { PhoneNumberOrderId: PRELUDE.String },
    create: "CreatePhoneNumberOrder",
    read: "GetPhoneNumberOrder",
    list: "ListPhoneNumberOrders",
  },
  {
    name: "GlobalSettingsResource",
    documentation: "The global settings of the AWS account (`/settings`), a singleton.",
    identifiers: {},
    read: "GetGlobalSettings",
    update: "UpdateGlobalSettings",
  },
  {
    name: "PhoneNumberSettingsResource",
    documentation:
      "The phone number settings of the AWS account (`/settings/phone-number`), a singleton.",
    identifiers: {},
    read: "GetPhoneNumberSettings",
    update: "UpdatePhoneNumberSettings",
  },
];

/** Resources bound directly to the service. */
export const SERVICE_RESOURCES = [
  "AccountResource",
  "GlobalSettingsResource",
  "PhoneNumberOrderResource",
  "PhoneNumberResource",
  "PhoneNumberSettingsResource",
];

/** Operations bound directly to the service: they belong to no resource the reference describes. */
export const SERVICE_OPERATIONS = [
  "CreateMeetingDialOut",
  "ListSupportedPhoneNumberCountries",
  "SearchAvailablePhoneNumbers",
];

const LIFECYCLE = ["create", "put", "read", "update", "delete", "list"] as const;

function refs(names: readonly string[] | undefined): ShapeRef[] | undefined {
  return names && names.length > 0
    ? [...names].sort().map((name) => ({ target: shapeId(name) }))
    : undefined;
}

export function buildResource(spec: ResourceSpec): ResourceShapeNode {
  const node: ResourceShapeNode = { type: "resource" };
  if (Object.keys(spec.identifiers).length > 0) {
    node.identifiers = Object.fromEntries(
      Object.entries(spec.identifiers).map(([name, target]) => [name, { target }]),
    );
  }
  for (const slot of LIFECYCLE) {
    const operation = spec[slot];
    if (operation) node[slot] = { target: shapeId(operation) };
  }
  const operations = refs(spec.operations);
  if (operations) node.operations = operations;
  const collectionOperations = refs(spec.collectionOperations);
  if (collectionOperations) node.collectionOperations = collectionOperations;
  const resources = refs(spec.resources);
  if (resources) node.resources = resources;
  node.traits = sortedTraits({ "smithy.api#documentation": spec.documentation });
  return node;
}

/** Every operation a resource or the service binds, to check that each is reachable exactly once. */
export function boundOperations(): string[] {
  const names = [...SERVICE_OPERATIONS];
  for (const spec of RESOURCES) {
    for (const slot of LIFECYCLE) if (spec[slot]) names.push(spec[slot]!);
    names.push(...(spec.operations ?? []), ...(spec.collectionOperations ?? []));
  }
  return names;
}
