import type { ReferenceTarget } from "./docs-links.js";
import type { EmulatorState, StoredRecord } from "./types.js";

export type Value = Record<string, unknown>;

export interface UserNode {
  user: Value;
  settings?: Value;
}

export interface BotNode {
  bot: Value;
  eventsConfiguration?: Value;
}

export interface RoomNode {
  room: Value;
  memberships: Value[];
}

export interface ChimeAccountNode {
  account: Value;
  settings?: Value;
  retention?: Value;
  users: UserNode[];
  bots: BotNode[];
  rooms: RoomNode[];
}

export interface AwsAccountNode {
  awsAccountId: string;
  accounts: ChimeAccountNode[];
  phoneNumbers: Value[];
  phoneNumberOrders: Value[];
  globalSettings?: Value;
  phoneNumberSettings?: Value;
}

/** The reference page of each kind of record the emulator keeps (collection names of the state export). */
export const RECORD_REFERENCE = {
  AccountResource: { shape: "Account" },
  AccountSettingsResource: { shape: "AccountSettings" },
  RetentionSettingsResource: { shape: "RetentionSettings" },
  UserResource: { shape: "User" },
  UserSettingsResource: { shape: "UserSettings" },
  BotResource: { shape: "Bot" },
  EventsConfigurationResource: { shape: "EventsConfiguration" },
  RoomResource: { shape: "Room" },
  RoomMembershipResource: { shape: "RoomMembership" },
  PhoneNumberResource: { shape: "PhoneNumber" },
  PhoneNumberOrderResource: { shape: "PhoneNumberOrder" },
  GlobalSettingsResource: { responseOf: "GetGlobalSettings" },
  PhoneNumberSettingsResource: { responseOf: "GetPhoneNumberSettings" },
} satisfies Record<string, ReferenceTarget>;

export type RecordKind = keyof typeof RECORD_REFERENCE;

/** Records of one collection, grouped by scope (the owners' IDs joined with `/`). */
class Collection {
  private readonly byScope = new Map<string, StoredRecord[]>();

  add(record: StoredRecord): void {
    const list = this.byScope.get(record.scope) ?? [];
    list.push(record);
    this.byScope.set(record.scope, list);
  }

  in(...owners: string[]): Value[] {
    return (this.byScope.get(owners.join("/")) ?? []).map((record) => record.value);
  }

  singleton(...owners: string[]): Value | undefined {
    return this.in(...owners)[0];
  }
}

/**
 * The state export as the State view shows it: AWS accounts, their Chime
 * accounts with users, bots and rooms inside, then phone numbers, orders and
 * settings. Records keep export order, which is creation order.
 */
export function buildStateTree(state: EmulatorState): AwsAccountNode[] {
  return Object.entries(state.awsAccounts).map(([awsAccountId, { records }]) => {
    const collections = new Map<string, Collection>();
    for (const record of records) {
      const collection = collections.get(record.collection) ?? new Collection();
      collection.add(record);
      collections.set(record.collection, collection);
    }
    const of = (kind: RecordKind) => collections.get(kind) ?? new Collection();
    const accounts = of("AccountResource")
      .in("")
      .map((account): ChimeAccountNode => {
        const accountId = String(account.AccountId);
        return {
          account,
          settings: of("AccountSettingsResource").singleton(accountId),
          retention: of("RetentionSettingsResource").singleton(accountId),
          users: of("UserResource")
            .in(accountId)
            .map((user) => ({
              user,
              settings: of("UserSettingsResource").singleton(accountId, String(user.UserId)),
            })),
          bots: of("BotResource")
            .in(accountId)
            .map((bot) => ({
              bot,
              eventsConfiguration: of("EventsConfigurationResource").singleton(
                accountId,
                String(bot.BotId),
              ),
            })),
          rooms: of("RoomResource")
            .in(accountId)
            .map((room) => ({
              room,
              memberships: of("RoomMembershipResource").in(accountId, String(room.RoomId)),
            })),
        };
      });
    return {
      awsAccountId,
      accounts,
      phoneNumbers: of("PhoneNumberResource").in(""),
      phoneNumberOrders: of("PhoneNumberOrderResource").in(""),
      globalSettings: of("GlobalSettingsResource").singleton(""),
      phoneNumberSettings: of("PhoneNumberSettingsResource").singleton(""),
    };
  });
}

/** Whether any value of a record (nested ones too) contains the filter text, ignoring case. */
export function recordMatches(record: unknown, filter: string): boolean {
  const wanted = filter.trim().toLowerCase();
  if (wanted === "") return true;
  return JSON.stringify(record).toLowerCase().includes(wanted);
}
