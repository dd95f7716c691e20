import {
  checkDepth,
  ControlInputError,
  describe,
  entryPath,
  isPlainObject,
  memberPath,
  strictObject,
} from "./input-checks.js";
import { EmulatorError } from "./engine/errors.js";
import { scopeKey } from "./engine/scope.js";
import { recordProblems } from "./record-checks.js";
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
  AccountRecord,
  AccountType,
  LicenseName,
  ProductType,
  RoomRecord,
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

export class SeedError extends ControlInputError {
  constructor(where: string, problem: string) {
    // An empty problem: `where` is a whole message already (a strict-input error, rethrown).
    super(problem === "" ? `seed fixtures: ${where}` : `seed fixtures: ${where}:`, problem);
    this.name = "SeedError";
  }
}

type RunAcross = <T>(
  awsAccountIds: readonly string[],
  work: (contextOf: (awsAccountId: string) => OperationContext) => Promise<T>,
) => Promise<T>;

/** What a member of a fixture object holds: a string, a list of strings, or a list of nested fixtures. */
type MemberSpec = "string" | "strings" | { list: ObjectSpec };

interface ObjectSpec {
  members: Readonly<Record<string, MemberSpec>>;
  required?: readonly string[];
}

const MEMBER_SPEC: ObjectSpec = {
  members: { MemberId: "string", Email: "string", Role: "string" },
};
const ROOM_SPEC: ObjectSpec = {
  members: { RoomId: "string", Name: "string", members: { list: MEMBER_SPEC } },
  required: ["Name"],
};
const BOT_SPEC: ObjectSpec = {
  members: { BotId: "string", DisplayName: "string", Domain: "string" },
  required: ["DisplayName"],
};
const USER_SPEC: ObjectSpec = {
  members: {
    UserId: "string",
    PrimaryEmail: "string",
    DisplayName: "string",
    LicenseType: "string",
    UserType: "string",
    UserRegistrationStatus: "string",
    PhoneNumber: "string",
  },
};
const ACCOUNT_SPEC: ObjectSpec = {
  members: {
    AccountId: "string",
    Name: "string",
    AccountType: "string",
    DefaultLicense: "string",
    SupportedLicenses: "strings",
    users: { list: USER_SPEC },
    bots: { list: BOT_SPEC },
    rooms: { list: ROOM_SPEC },
  },
  required: ["Name"],
};
const PHONE_NUMBER_SPEC: ObjectSpec = {
  members: { E164PhoneNumber: "string", ProductType: "string" },
  required: ["E164PhoneNumber", "ProductType"],
};
const AWS_ACCOUNT_SPEC: ObjectSpec = {
  members: { phoneNumbers: { list: PHONE_NUMBER_SPEC }, accounts: { list: ACCOUNT_SPEC } },
};

/** Checks a fixture object's members against its spec, naming the first one that is unknown, missing or of the wrong type. */
function checkFixture(value: unknown, where: string, spec: ObjectSpec): void {
  const object = asSeedInput(() => strictObject(value, where, Object.keys(spec.members)));
  for (const member of spec.required ?? []) {
    if (object[member] === undefined) throw new SeedError(memberPath(where, member), "is required");
  }
  for (const [member, memberSpec] of Object.entries(spec.members)) {
    const held = object[member];
    const at = memberPath(where, member);
    if (held === undefined) continue;
    if (memberSpec === "string") {
      if (typeof held !== "string" || held.length === 0)
        throw new SeedError(at, `must be a non-empty string (got ${describe(held)})`);
    } else if (memberSpec === "strings") {
      if (!Array.isArray(held) || held.some((item) => typeof item !== "string"))
        throw new SeedError(at, `must be an array of strings (got ${describe(held)})`);
    } else {
      if (!Array.isArray(held)) throw new SeedError(at, `must be an array (got ${describe(held)})`);
      held.forEach((item, index) => checkFixture(item, `${at}[${index}]`, memberSpec.list));
    }
  }
}

function asSeedInput<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ControlInputError && !(error instanceof SeedError)) {
      throw new SeedError(error.message, "");
    }
    throw error;
  }
}

/** Checks a whole fixtures document (members, types, nesting) before anything is applied. */
export function checkSeed(fixtures: unknown): SeedFixtures {
  asSeedInput(() => checkDepth(fixtures, "the document"));
  const document = asSeedInput(() => strictObject(fixtures, "the document", ["awsAccounts"]));
  if (!isPlainObject(document.awsAccounts)) {
    throw new SeedError("awsAccounts", "must be an object keyed by AWS account ID");
  }
  for (const [awsAccountId, content] of Object.entries(document.awsAccounts)) {
    const where = entryPath("awsAccounts", awsAccountId);
    if (!isAwsAccountId(awsAccountId))
      throw new SeedError(where, "must be keyed by a 12-digit AWS account ID");
    checkFixture(content, where, AWS_ACCOUNT_SPEC);
  }
  return document as unknown as SeedFixtures;
}

/** A record the seed built, checked through the model's validation before it is stored. */
function checkBuilt(
  resource: string,
  scope: readonly string[],
  id: string,
  value: object,
  where: string,
): void {
  const problems = recordProblems(
    resource,
    scopeKey(scope),
    id,
    value as Record<string, unknown>,
    "",
  );
  if (problems.length > 0) throw new SeedError(where, problems.join("; "));
}

/**
 * Checks the fixtures, then applies them in one transaction across every
 * AWS account they name: the fixtures apply entirely or not at all.
 */
export async function applySeed(fixtures: unknown, runAcross: RunAcross): Promise<void> {
  const checked = checkSeed(fixtures);
  const awsAccountIds = Object.keys(checked.awsAccounts);
  await runAcross(awsAccountIds, async (contextOf) => {
    for (const awsAccountId of awsAccountIds) {
      const where = entryPath("awsAccounts", awsAccountId);
      try {
        await seedAwsAccount(contextOf(awsAccountId), checked.awsAccounts[awsAccountId], where);
      } catch (error) {
        if (error instanceof EmulatorError) throw new SeedError(where, error.message);
        throw error;
      }
    }
  });
}

async function seedAwsAccount(
  op: OperationContext,
  content: SeedAwsAccount,
  where: string,
): Promise<void> {
  const now = iso(op.now);
  for (const [index, number] of (content.phoneNumbers ?? []).entries()) {
    const at = `${where}.phoneNumbers[${index}]`;
    const e164 = number.E164PhoneNumber;
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
  for (const [index, seed] of (content.accounts ?? []).entries()) {
    await seedAccount(op, seed, `${where}.accounts[${index}]`);
  }
}

async function seedAccount(op: OperationContext, seed: SeedAccount, where: string): Promise<void> {
  const now = iso(op.now);
  const supported = seed.SupportedLicenses ?? ["Basic", "Pro"];
  const account: AccountRecord = {
    AccountId: seed.AccountId ?? op.ids.uuid(),
    AwsAccountId: op.awsAccountId,
    Name: seed.Name,
    AccountType: seed.AccountType ?? "Team",
    AccountStatus: "Active",
    DefaultLicense: seed.DefaultLicense ?? (supported.includes("Pro") ? "Pro" : supported[0]),
    SupportedLicenses: supported,
    CreatedTimestamp: now,
    SigninDelegateGroups: [],
  };
  checkBuilt("AccountResource", [], account.AccountId, account, where);
  await accounts.insert(op, [], account);
  const scope = [account.AccountId];
  const emails = new Map<string, string>();
  for (const [index, user] of (seed.users ?? []).entries()) {
    const at = `${where}.users[${index}]`;
    if (user.PrimaryEmail !== undefined) {
      await requireEmailFree(op, user.PrimaryEmail, account.AccountId).catch((error: unknown) => {
        if (!(error instanceof EmulatorError)) throw error;
        throw new SeedError(`${at}.PrimaryEmail`, `${error.shape}: ${error.message}`);
      });
    }
    const record: UserRecord = {
      UserId: user.UserId ?? op.ids.uuid(),
      AccountId: account.AccountId,
      PrimaryEmail: user.PrimaryEmail,
      DisplayName: user.DisplayName ?? user.PrimaryEmail,
      LicenseType: user.LicenseType ?? account.DefaultLicense,
      UserType: user.UserType ?? "PrivateUser",
      UserRegistrationStatus: user.UserRegistrationStatus ?? "Registered",
      RegisteredOn: now,
      PersonalPIN: newPin(op),
    };
    checkBuilt("UserResource", scope, record.UserId, record, at);
    const created = await users.insert(op, scope, record);
    if (user.PrimaryEmail) emails.set(user.PrimaryEmail.toLowerCase(), created.UserId);
    if (user.PhoneNumber) {
      if (!(await phoneNumbers.get(op, [], user.PhoneNumber))) {
        throw new SeedError(
          `${at}.PhoneNumber`,
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
  for (const [index, bot] of (seed.bots ?? []).entries()) {
    const record = newBot(op, account.AccountId, bot.DisplayName, bot.Domain, bot.BotId);
    checkBuilt("BotResource", scope, record.BotId, record, `${where}.bots[${index}]`);
    await bots.insert(op, scope, record);
  }
  for (const [index, room] of (seed.rooms ?? []).entries()) {
    const at = `${where}.rooms[${index}]`;
    const record: RoomRecord = {
      RoomId: room.RoomId ?? op.ids.uuid(),
      AccountId: account.AccountId,
      Name: room.Name,
      CreatedBy: op.caller.arn,
      CreatedTimestamp: now,
      UpdatedTimestamp: now,
    };
    checkBuilt("RoomResource", scope, record.RoomId, record, at);
    const created = await rooms.insert(op, scope, record);
    for (const [memberIndex, member] of (room.members ?? []).entries()) {
      const memberId =
        member.MemberId ?? (member.Email ? emails.get(member.Email.toLowerCase()) : undefined);
      if (!memberId) {
        throw new SeedError(
          `${at}.members[${memberIndex}]`,
          "needs a MemberId or the Email of a user seeded in this account",
        );
      }
      if (
        member.Role !== undefined &&
        member.Role !== "Administrator" &&
        member.Role !== "Member"
      ) {
        throw new SeedError(
          `${at}.members[${memberIndex}].Role`,
          `must be Administrator or Member (got ${JSON.stringify(member.Role)})`,
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
