import { EmulatorError } from "./engine/errors.js";
import { iso, type OperationContext } from "./engine/operation-context.js";
import { isAwsAccountId } from "./partitions.js";
import { accounts, bots, phoneNumbers, rooms, users } from "./resources/collections.js";
import {
  inventoryNumber,
  productTypeProblem,
  provisionedNumber,
} from "./resources/phone-number-inventory.js";
import { newBot } from "./resources/bots.js";
import { requireEmailFree } from "./resources/lookups.js";
import { associatePhoneNumberWithUser } from "./resources/phone-number-users.js";
import type {
  AccountType,
  LicenseName,
  ProductType,
  RoomRole,
  UserRecord,
  UserTypeName,
} from "./resources/records.js";
import { createRoomMembership } from "./resources/room-memberships.js";
import { newPin } from "./resources/users.js";

/**
 * Seed fixtures (`chimekit-mock serve --seed fixtures.json`): state to start
 * from, including what the API cannot create (Enterprise accounts). Missing
 * IDs are generated; every record goes through the same rules as API calls
 * (unique emails, inventory numbers, members of the account).
 *
 * ```json
 * { "awsAccounts": { "111122223333": {
 *     "phoneNumbers": [{ "E164PhoneNumber": "+12065550100", "ProductType": "BusinessCalling" }],
 *     "accounts": [{ "Name": "Example", "AccountType": "EnterpriseLWA",
 *       "users": [{ "PrimaryEmail": "jane@example.com", "PhoneNumber": "+12065550100" }],
 *       "bots": [{ "DisplayName": "helper" }],
 *       "rooms": [{ "Name": "general", "members": [{ "Email": "jane@example.com", "Role": "Administrator" }] }] }] } } }
 * ```
 */
export interface SeedFixtures {
  awsAccounts: Record<string, SeedAwsAccount>;
}

export interface SeedAwsAccount {
  phoneNumbers?: { E164PhoneNumber: string; ProductType: ProductType }[];
  accounts?: SeedAccount[];
}

export interface SeedAccount {
  AccountId?: string;
  Name: string;
  AccountType?: AccountType;
  DefaultLicense?: LicenseName;
  SupportedLicenses?: LicenseName[];
  users?: SeedUser[];
  bots?: { BotId?: string; DisplayName: string; Domain?: string }[];
  rooms?: {
    RoomId?: string;
    Name: string;
    members?: { MemberId?: string; Email?: string; Role?: RoomRole }[];
  }[];
}

export interface SeedUser {
  UserId?: string;
  PrimaryEmail?: string;
  DisplayName?: string;
  LicenseType?: LicenseName;
  UserType?: UserTypeName;
  UserRegistrationStatus?: UserRecord["UserRegistrationStatus"];
  /** An E.164 number of this AWS account's `phoneNumbers` to associate with the user. */
  PhoneNumber?: string;
}

export class SeedError extends Error {
  constructor(where: string, problem: string) {
    super(`seed fixtures: ${where}: ${problem}`);
    this.name = "SeedError";
  }
}

type RunIn = <T>(awsAccountId: string, work: (op: OperationContext) => Promise<T>) => Promise<T>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function list<T>(value: unknown, where: string): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new SeedError(where, "must be an array");
  value.forEach((item, index) => {
    if (!isObject(item)) throw new SeedError(`${where}[${index}]`, "must be an object");
  });
  return value as T[];
}

function requireString(value: unknown, where: string): string {
  if (typeof value !== "string" || value.length === 0)
    throw new SeedError(where, "must be a non-empty string");
  return value;
}

/** Applies fixtures, one transaction per AWS account: an account's fixtures apply entirely or not at all. */
export async function applySeed(fixtures: unknown, runIn: RunIn): Promise<void> {
  if (!isObject(fixtures) || !isObject(fixtures.awsAccounts)) {
    throw new SeedError("awsAccounts", "must be an object keyed by AWS account ID");
  }
  for (const [awsAccountId, content] of Object.entries(fixtures.awsAccounts)) {
    const where = `awsAccounts["${awsAccountId}"]`;
    if (!isAwsAccountId(awsAccountId))
      throw new SeedError(where, "must be keyed by a 12-digit AWS account ID");
    if (!isObject(content)) throw new SeedError(where, "must be an object");
    await runIn(awsAccountId, async (op) => {
      try {
        await seedAwsAccount(op, content as SeedAwsAccount, where);
      } catch (error) {
        if (error instanceof EmulatorError) throw new SeedError(where, error.message);
        throw error;
      }
    });
  }
}

async function seedAwsAccount(
  op: OperationContext,
  content: SeedAwsAccount,
  where: string,
): Promise<void> {
  const now = iso(op.now);
  for (const [index, number] of list<NonNullable<SeedAwsAccount["phoneNumbers"]>[number]>(
    content.phoneNumbers,
    `${where}.phoneNumbers`,
  ).entries()) {
    const at = `${where}.phoneNumbers[${index}]`;
    const e164 = requireString(number.E164PhoneNumber, `${at}.E164PhoneNumber`);
    const stock = inventoryNumber(e164);
    if (!stock)
      throw new SeedError(`${at}.E164PhoneNumber`, `${e164} is not in the emulator's inventory`);
    const problem = productTypeProblem(e164, number.ProductType);
    if (problem) throw new SeedError(`${at}.ProductType`, problem);
    await phoneNumbers.insert(
      op,
      [],
      provisionedNumber(stock, number.ProductType, "Unassigned", now),
    );
  }
  for (const [index, seed] of list<SeedAccount>(content.accounts, `${where}.accounts`).entries()) {
    await seedAccount(op, seed, `${where}.accounts[${index}]`);
  }
}

async function seedAccount(op: OperationContext, seed: SeedAccount, where: string): Promise<void> {
  const now = iso(op.now);
  const supported = seed.SupportedLicenses ?? ["Basic", "Pro"];
  const account = await accounts.insert(op, [], {
    AccountId: seed.AccountId ?? op.ids.uuid(),
    AwsAccountId: op.awsAccountId,
    Name: requireString(seed.Name, `${where}.Name`),
    AccountType: seed.AccountType ?? "Team",
    AccountStatus: "Active",
    DefaultLicense: seed.DefaultLicense ?? (supported.includes("Pro") ? "Pro" : supported[0]),
    SupportedLicenses: supported,
    CreatedTimestamp: now,
    SigninDelegateGroups: [],
  });
  const scope = [account.AccountId];
  const emails = new Map<string, string>();
  for (const [index, user] of list<SeedUser>(seed.users, `${where}.users`).entries()) {
    if (user.PrimaryEmail !== undefined) {
      await requireEmailFree(op, user.PrimaryEmail, account.AccountId).catch((error: unknown) => {
        if (!(error instanceof EmulatorError)) throw error;
        throw new SeedError(
          `${where}.users[${index}].PrimaryEmail`,
          `${error.shape}: ${error.message}`,
        );
      });
    }
    const created = await users.insert(op, scope, {
      UserId: user.UserId ?? op.ids.uuid(),
      AccountId: account.AccountId,
      PrimaryEmail: user.PrimaryEmail,
      DisplayName: user.DisplayName ?? user.PrimaryEmail,
      LicenseType: user.LicenseType ?? account.DefaultLicense,
      UserType: user.UserType ?? "PrivateUser",
      UserRegistrationStatus: user.UserRegistrationStatus ?? "Registered",
      RegisteredOn: now,
      PersonalPIN: newPin(op),
    });
    if (user.PrimaryEmail) emails.set(user.PrimaryEmail.toLowerCase(), created.UserId);
    if (user.PhoneNumber) {
      if (!(await phoneNumbers.get(op, [], user.PhoneNumber))) {
        throw new SeedError(
          `${where}.users[${index}].PhoneNumber`,
          `${user.PhoneNumber} is not among this AWS account's phoneNumbers`,
        );
      }
      await associatePhoneNumberWithUser(op, {
        AccountId: account.AccountId,
        UserId: created.UserId,
        E164PhoneNumber: user.PhoneNumber,
      });
    }
  }
  for (const [index, bot] of list<NonNullable<SeedAccount["bots"]>[number]>(
    seed.bots,
    `${where}.bots`,
  ).entries()) {
    const name = requireString(bot.DisplayName, `${where}.bots[${index}].DisplayName`);
    await bots.insert(op, scope, newBot(op, account.AccountId, name, bot.Domain, bot.BotId));
  }
  for (const [index, room] of list<NonNullable<SeedAccount["rooms"]>[number]>(
    seed.rooms,
    `${where}.rooms`,
  ).entries()) {
    const at = `${where}.rooms[${index}]`;
    const created = await rooms.insert(op, scope, {
      RoomId: room.RoomId ?? op.ids.uuid(),
      AccountId: account.AccountId,
      Name: requireString(room.Name, `${at}.Name`),
      CreatedBy: op.caller.arn,
      CreatedTimestamp: now,
      UpdatedTimestamp: now,
    });
    for (const [memberIndex, member] of list<{
      MemberId?: string;
      Email?: string;
      Role?: RoomRole;
    }>(room.members, `${at}.members`).entries()) {
      const memberId =
        member.MemberId ?? (member.Email ? emails.get(member.Email.toLowerCase()) : undefined);
      if (!memberId) {
        throw new SeedError(
          `${at}.members[${memberIndex}]`,
          "needs a MemberId or the Email of a user seeded in this account",
        );
      }
      await createRoomMembership(op, {
        AccountId: account.AccountId,
        RoomId: created.RoomId,
        MemberId: memberId,
        Role: member.Role,
      });
    }
  }
}
