import type { ChimeService } from "@chimekit/server";
import type { OperationName, operationTable } from "../generated/operations.js";
import type { OperationContext } from "./engine/operation-context.js";
import * as accountSettings from "./resources/account-settings.js";
import * as accounts from "./resources/accounts.js";
import * as bots from "./resources/bots.js";
import * as eventsConfiguration from "./resources/events-configuration.js";
import * as globalSettings from "./resources/global-settings.js";
import * as meetingDialOut from "./resources/meeting-dial-out.js";
import * as inventory from "./resources/phone-number-inventory.js";
import * as phoneNumberOrders from "./resources/phone-number-orders.js";
import * as phoneNumberSettings from "./resources/phone-number-settings.js";
import * as phoneNumberUsers from "./resources/phone-number-users.js";
import * as phoneNumbers from "./resources/phone-numbers.js";
import * as redaction from "./resources/redaction.js";
import * as retentionSettings from "./resources/retention-settings.js";
import * as roomMemberships from "./resources/room-memberships.js";
import * as rooms from "./resources/rooms.js";
import * as userInvitations from "./resources/user-invitations.js";
import * as userSettings from "./resources/user-settings.js";
import * as userSuspension from "./resources/user-suspension.js";
import * as users from "./resources/users.js";

type MethodOf<K extends OperationName> = (typeof operationTable)[K]["method"] & keyof ChimeService;
type InputOf<K extends OperationName> = Parameters<ChimeService[MethodOf<K>]>[0];
type OutputOf<K extends OperationName> = Awaited<ReturnType<ChimeService[MethodOf<K>]>>;

/** The rules of one operation, typed by the service interface the server generates. */
export type OperationHandlers = {
  [K in OperationName]: (op: OperationContext, input: InputOf<K>) => Promise<OutputOf<K>>;
};

/** Which module answers which operation: every operation of the model has an entry. */
export const operationHandlers: OperationHandlers = {
  AssociatePhoneNumberWithUser: phoneNumberUsers.associatePhoneNumberWithUser,
  AssociateSigninDelegateGroupsWithAccount: accounts.associateSigninDelegateGroupsWithAccount,
  BatchCreateRoomMembership: roomMemberships.batchCreateRoomMembership,
  BatchDeletePhoneNumber: phoneNumbers.batchDeletePhoneNumber,
  BatchSuspendUser: userSuspension.batchSuspendUser,
  BatchUnsuspendUser: userSuspension.batchUnsuspendUser,
  BatchUpdatePhoneNumber: phoneNumbers.batchUpdatePhoneNumber,
  BatchUpdateUser: users.batchUpdateUser,
  CreateAccount: accounts.createAccount,
  CreateBot: bots.createBot,
  CreateMeetingDialOut: meetingDialOut.createMeetingDialOut,
  CreatePhoneNumberOrder: phoneNumberOrders.createPhoneNumberOrder,
  CreateRoom: rooms.createRoom,
  CreateRoomMembership: roomMemberships.createRoomMembership,
  CreateUser: users.createUser,
  DeleteAccount: accounts.deleteAccount,
  DeleteEventsConfiguration: eventsConfiguration.deleteEventsConfiguration,
  DeletePhoneNumber: phoneNumbers.deletePhoneNumber,
  DeleteRoom: rooms.deleteRoom,
  DeleteRoomMembership: roomMemberships.deleteRoomMembership,
  DisassociatePhoneNumberFromUser: phoneNumberUsers.disassociatePhoneNumberFromUser,
  DisassociateSigninDelegateGroupsFromAccount: accounts.disassociateSigninDelegateGroupsFromAccount,
  GetAccount: accounts.getAccount,
  GetAccountSettings: accountSettings.getAccountSettings,
  GetBot: bots.getBot,
  GetEventsConfiguration: eventsConfiguration.getEventsConfiguration,
  GetGlobalSettings: globalSettings.getGlobalSettings,
  GetPhoneNumber: phoneNumbers.getPhoneNumber,
  GetPhoneNumberOrder: phoneNumberOrders.getPhoneNumberOrder,
  GetPhoneNumberSettings: phoneNumberSettings.getPhoneNumberSettings,
  GetRetentionSettings: retentionSettings.getRetentionSettings,
  GetRoom: rooms.getRoom,
  GetUser: users.getUser,
  GetUserSettings: userSettings.getUserSettings,
  InviteUsers: userInvitations.inviteUsers,
  ListAccounts: accounts.listAccounts,
  ListBots: bots.listBots,
  ListPhoneNumberOrders: phoneNumberOrders.listPhoneNumberOrders,
  ListPhoneNumbers: phoneNumbers.listPhoneNumbers,
  ListRoomMemberships: roomMemberships.listRoomMemberships,
  ListRooms: rooms.listRooms,
  ListSupportedPhoneNumberCountries: inventory.listSupportedPhoneNumberCountries,
  ListUsers: users.listUsers,
  LogoutUser: users.logoutUser,
  PutEventsConfiguration: eventsConfiguration.putEventsConfiguration,
  PutRetentionSettings: retentionSettings.putRetentionSettings,
  RedactConversationMessage: redaction.redactConversationMessage,
  RedactRoomMessage: redaction.redactRoomMessage,
  RegenerateSecurityToken: bots.regenerateSecurityToken,
  ResetPersonalPIN: users.resetPersonalPIN,
  RestorePhoneNumber: phoneNumbers.restorePhoneNumber,
  SearchAvailablePhoneNumbers: inventory.searchAvailablePhoneNumbers,
  UpdateAccount: accounts.updateAccount,
  UpdateAccountSettings: accountSettings.updateAccountSettings,
  UpdateBot: bots.updateBot,
  UpdateGlobalSettings: globalSettings.updateGlobalSettings,
  UpdatePhoneNumber: phoneNumbers.updatePhoneNumber,
  UpdatePhoneNumberSettings: phoneNumberSettings.updatePhoneNumberSettings,
  UpdateRoom: rooms.updateRoom,
  UpdateRoomMembership: roomMemberships.updateRoomMembership,
  UpdateUser: users.updateUser,
  UpdateUserSettings: userSettings.updateUserSettings,
};

/** Work that completes later in emulated time, by task kind. */
export const timerHandlers = {
  [phoneNumberOrders.COMPLETE_PHONE_NUMBER_ORDER]: phoneNumberOrders.completePhoneNumberOrder,
  [phoneNumbers.PURGE_PHONE_NUMBER]: phoneNumbers.purgePhoneNumber,
  [phoneNumbers.COMPLETE_CALLING_NAME]: phoneNumbers.completeCallingNameUpdate,
};
