import { conflict, notFound } from "../engine/errors.js";
import type { OperationContext } from "../engine/operation-context.js";
import { accounts, bots, phoneNumbers, rooms, users } from "./collections.js";
import type {
  AccountRecord,
  BotRecord,
  PhoneNumberRecord,
  RoomRecord,
  UserRecord,
} from "./records.js";

/** Reads that every module needs, each failing with a NotFoundException that names what is missing. */

export async function requireAccount(
  op: OperationContext,
  accountId: string,
): Promise<AccountRecord> {
  const account = await accounts.get(op, [], accountId);
  if (!account) {
    throw notFound(
      `${op.operation}: account ${accountId} (AccountId) does not exist in AWS account ${op.awsAccountId}`,
    );
  }
  return account;
}

export async function requireUser(
  op: OperationContext,
  accountId: string,
  userId: string,
): Promise<UserRecord> {
  await requireAccount(op, accountId);
  const user = await users.get(op, [accountId], userId);
  if (!user)
    throw notFound(
      `${op.operation}: user ${userId} (UserId) does not exist in account ${accountId}`,
    );
  return user;
}

export async function requireBot(
  op: OperationContext,
  accountId: string,
  botId: string,
): Promise<BotRecord> {
  await requireAccount(op, accountId);
  const bot = await bots.get(op, [accountId], botId);
  if (!bot)
    throw notFound(`${op.operation}: bot ${botId} (BotId) does not exist in account ${accountId}`);
  return bot;
}

export async function requireRoom(
  op: OperationContext,
  accountId: string,
  roomId: string,
): Promise<RoomRecord> {
  await requireAccount(op, accountId);
  const room = await rooms.get(op, [accountId], roomId);
  if (!room)
    throw notFound(
      `${op.operation}: room ${roomId} (RoomId) does not exist in account ${accountId}`,
    );
  return room;
}

export async function requirePhoneNumber(
  op: OperationContext,
  phoneNumberId: string,
): Promise<PhoneNumberRecord> {
  const phoneNumber = await phoneNumbers.get(op, [], phoneNumberId);
  if (!phoneNumber) {
    throw notFound(
      `${op.operation}: phone number ${phoneNumberId} (PhoneNumberId) is not in the inventory of AWS account ${op.awsAccountId}`,
    );
  }
  return phoneNumber;
}

/**
 * An email belongs to one account of an AWS account: ListAccounts' UserEmail
 * filter returns "one account result", so a second account may not take an
 * email that a user of another account already has (ConflictException naming it).
 */
export async function requireEmailFree(
  op: OperationContext,
  email: string,
  accountId: string,
): Promise<void> {
  const key = email.toLowerCase();
  for await (const account of accounts.all(op, [])) {
    if (account.AccountId === accountId) continue;
    const holder = await users.findBy(op, [account.AccountId], "email", key);
    if (holder) {
      throw conflict(
        `${op.operation}: email ${email} already belongs to user ${holder.UserId} of account ${account.AccountId} in AWS account ${op.awsAccountId}; an email belongs to one account at a time`,
      );
    }
  }
}
