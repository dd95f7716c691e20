import { ResourceCollection, SingletonResource } from "../engine/resource-collection.js";
import type {
  AccountRecord,
  AccountSettingsRecord,
  BotRecord,
  EventsConfigurationRecord,
  GlobalSettingsRecord,
  MeetingDialOutRecord,
  PhoneNumberOrderRecord,
  PhoneNumberRecord,
  PhoneNumberSettingsRecord,
  RedactionRecord,
  RetentionSettingsRecord,
  RoomMembershipRecord,
  RoomRecord,
  UserRecord,
  UserSettingsRecord,
} from "./records.js";

/** Every record kind the emulator keeps, one instance each, shared by the resource modules. */

export const accounts = ResourceCollection.forResource<AccountRecord>(
  "AccountResource",
  (account) => account.AccountId,
);

export const accountSettings = SingletonResource.forResource<AccountSettingsRecord>(
  "AccountSettingsResource",
  () => ({ DisableRemoteControl: false, EnableDialOut: false }),
);

export const retentionSettings = SingletonResource.forResource<RetentionSettingsRecord>(
  "RetentionSettingsResource",
  () => ({ RetentionSettings: {} }),
);

export const users = ResourceCollection.forResource<UserRecord>(
  "UserResource",
  (user) => user.UserId,
  {
    email: {
      key: (user) => user.PrimaryEmail?.toLowerCase(),
      describe: (email) => `A user with email ${email}`,
    },
  },
);

export const userSettings = SingletonResource.forResource<UserSettingsRecord>(
  "UserSettingsResource",
  () => ({ Telephony: { InboundCalling: true, OutboundCalling: true, SMS: true } }),
);

export const bots = ResourceCollection.forResource<BotRecord>("BotResource", (bot) => bot.BotId);

export const eventsConfigurations = SingletonResource.forResource<EventsConfigurationRecord>(
  "EventsConfigurationResource",
  ([, botId]) => ({ BotId: botId }),
);

export const rooms = ResourceCollection.forResource<RoomRecord>(
  "RoomResource",
  (room) => room.RoomId,
  {
    clientRequestToken: {
      key: (room) => room.ClientRequestToken,
      describe: (token) => `A room created with ClientRequestToken ${token}`,
    },
  },
);

export const roomMemberships = ResourceCollection.forResource<RoomMembershipRecord>(
  "RoomMembershipResource",
  (membership) => membership.MemberId,
);

export const phoneNumbers = ResourceCollection.forResource<PhoneNumberRecord>(
  "PhoneNumberResource",
  (phoneNumber) => phoneNumber.PhoneNumberId,
);

export const phoneNumberOrders = ResourceCollection.forResource<PhoneNumberOrderRecord>(
  "PhoneNumberOrderResource",
  (order) => order.PhoneNumberOrderId,
);

export const globalSettings = SingletonResource.forResource<GlobalSettingsRecord>(
  "GlobalSettingsResource",
  () => ({}),
);

export const phoneNumberSettings = SingletonResource.forResource<PhoneNumberSettingsRecord>(
  "PhoneNumberSettingsResource",
  () => ({}),
);

/** Emulator-only: redacted messages, per account. */
export const redactions = new ResourceCollection<RedactionRecord>(
  "Redaction",
  (redaction) => redaction.RedactionId,
  {},
  ["AccountId"],
);

/** Emulator-only: started dial-outs, per AWS account. */
export const meetingDialOuts = new ResourceCollection<MeetingDialOutRecord>(
  "MeetingDialOut",
  (dialOut) => dialOut.TransactionId,
);
