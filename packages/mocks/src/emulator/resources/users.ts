import type {
  BatchUpdateUserRequest,
  BatchUpdateUserResponse,
  CreateUserRequest,
  CreateUserResponse,
  GetUserRequest,
  GetUserResponse,
  ListUsersRequest,
  ListUsersResponse,
  LogoutUserRequest,
  LogoutUserResponse,
  ResetPersonalPINRequest,
  ResetPersonalPINResponse,
  UpdateUserRequest,
  UpdateUserRequestItem,
  UpdateUserResponse,
  User,
  UserError,
} from "@chimekit/types";
import { badRequest, EmulatorError } from "../engine/errors.js";
import { iso, type OperationContext } from "../engine/operation-context.js";
import { users } from "./collections.js";
import { requireAccount, requireEmailFree, requireUser } from "./lookups.js";
import type { AccountRecord, UserRecord } from "./records.js";
import { date, defined } from "./wire.js";

/** BatchUpdateUser takes at most this many items (reference: "up to 20 users"). */
export const BATCH_UPDATE_USER_LIMIT = 20;
const PIN_LENGTH = 10;

export function toUser(record: UserRecord): User {
  return defined({
    UserId: record.UserId,
    AccountId: record.AccountId,
    PrimaryEmail: record.PrimaryEmail,
    PrimaryProvisionedNumber: record.PrimaryProvisionedNumber,
    DisplayName: record.DisplayName,
    LicenseType: record.LicenseType,
    UserType: record.UserType,
    UserRegistrationStatus: record.UserRegistrationStatus,
    UserInvitationStatus: record.UserInvitationStatus,
    RegisteredOn: date(record.RegisteredOn),
    InvitedOn: date(record.InvitedOn),
    AlexaForBusinessMetadata: record.AlexaForBusinessMetadata && {
      ...record.AlexaForBusinessMetadata,
    },
    PersonalPIN: record.PersonalPIN,
  });
}

export function newPin(op: OperationContext, previous?: string): string {
  for (;;) {
    const pin = op.ids.digits(PIN_LENGTH);
    if (pin !== previous) return pin;
  }
}

/** A user record as the account's defaults make it; `overrides` set the invitation or registration state. */
export function newUser(
  op: OperationContext,
  account: AccountRecord,
  overrides: Partial<UserRecord> & Pick<UserRecord, "UserRegistrationStatus">,
): UserRecord {
  return {
    UserId: op.ids.uuid(),
    AccountId: account.AccountId,
    LicenseType: account.DefaultLicense,
    UserType: "PrivateUser",
    PersonalPIN: newPin(op),
    ...overrides,
  };
}

/** The email must be free in the AWS account's accounts (ConflictException otherwise). */
export async function createUser(
  op: OperationContext,
  input: CreateUserRequest,
): Promise<CreateUserResponse> {
  const account = await requireAccount(op, input.AccountId);
  if (input.Email !== undefined) await requireEmailFree(op, input.Email, account.AccountId);
  const user = await users.insert(
    op,
    [account.AccountId],
    newUser(op, account, {
      PrimaryEmail: input.Email,
      DisplayName: input.Username ?? input.Email,
      UserType: input.UserType ?? "PrivateUser",
      UserRegistrationStatus: "Registered",
      RegisteredOn: iso(op.now),
    }),
  );
  return { User: toUser(user) };
}

export async function getUser(
  op: OperationContext,
  input: GetUserRequest,
): Promise<GetUserResponse> {
  return { User: toUser(await requireUser(op, input.AccountId, input.UserId)) };
}

/** Filters: `UserEmail` (exact, case-insensitive: at most one user) and `UserType`. */
export async function listUsers(
  op: OperationContext,
  input: ListUsersRequest,
): Promise<ListUsersResponse> {
  const account = await requireAccount(op, input.AccountId);
  const request = {
    operation: "ListUsers" as const,
    maxResults: input.MaxResults,
    nextToken: input.NextToken,
  };
  const ofType = (user: UserRecord) =>
    input.UserType === undefined || user.UserType === input.UserType;
  if (input.UserEmail !== undefined) {
    const user = await users.findBy(
      op,
      [account.AccountId],
      "email",
      input.UserEmail.toLowerCase(),
    );
    return { Users: user && ofType(user) && !input.NextToken ? [toUser(user)] : [] };
  }
  const page = await users.list(
    op,
    [account.AccountId],
    request,
    input.UserType === undefined ? undefined : ofType,
  );
  return defined({ Users: page.items.map(toUser), NextToken: page.nextToken });
}

/** The changes UpdateUser and BatchUpdateUser make; the license must be one the account supports. */
async function applyUserUpdate(
  op: OperationContext,
  account: AccountRecord,
  user: UserRecord,
  changes: Omit<UpdateUserRequestItem, "UserId">,
): Promise<UserRecord> {
  if (
    changes.LicenseType !== undefined &&
    !account.SupportedLicenses.includes(changes.LicenseType)
  ) {
    throw badRequest(
      `${op.operation}: LicenseType ${changes.LicenseType} is not supported by account ${account.AccountId}; supported: ${account.SupportedLicenses.join(", ")}`,
    );
  }
  return users.update(op, [account.AccountId], user, {
    ...user,
    LicenseType: changes.LicenseType ?? user.LicenseType,
    UserType: changes.UserType ?? user.UserType,
    AlexaForBusinessMetadata: changes.AlexaForBusinessMetadata
      ? { ...user.AlexaForBusinessMetadata, ...changes.AlexaForBusinessMetadata }
      : user.AlexaForBusinessMetadata,
  });
}

export async function updateUser(
  op: OperationContext,
  input: UpdateUserRequest,
): Promise<UpdateUserResponse> {
  const account = await requireAccount(op, input.AccountId);
  const user = await requireUser(op, input.AccountId, input.UserId);
  return { User: toUser(await applyUserUpdate(op, account, user, input)) };
}

/** Each item succeeds or fails alone; failures come back in `UserErrors`. */
export async function batchUpdateUser(
  op: OperationContext,
  input: BatchUpdateUserRequest,
): Promise<BatchUpdateUserResponse> {
  const account = await requireAccount(op, input.AccountId);
  if (input.UpdateUserRequestItems.length > BATCH_UPDATE_USER_LIMIT) {
    throw badRequest(
      `BatchUpdateUser: UpdateUserRequestItems has ${input.UpdateUserRequestItems.length} items; at most ${BATCH_UPDATE_USER_LIMIT} are allowed`,
    );
  }
  const errors: UserError[] = [];
  for (const item of input.UpdateUserRequestItems) {
    try {
      const user = await requireUser(op, account.AccountId, item.UserId);
      await applyUserUpdate(op, account, user, item);
    } catch (error) {
      errors.push(userError(item.UserId, error));
    }
  }
  return { UserErrors: errors };
}

export function userError(userId: string, error: unknown): UserError {
  if (!(error instanceof EmulatorError)) throw error;
  return {
    UserId: userId,
    ErrorCode: error.code as UserError["ErrorCode"],
    ErrorMessage: error.message,
  };
}

/** Signs the user out everywhere; the emulator records when. */
export async function logoutUser(
  op: OperationContext,
  input: LogoutUserRequest,
): Promise<LogoutUserResponse> {
  const user = await requireUser(op, input.AccountId, input.UserId);
  await users.update(op, [user.AccountId], user, { ...user, LastLogoutTimestamp: iso(op.now) });
  return {};
}

/** Issues a PIN different from the current one. */
export async function resetPersonalPIN(
  op: OperationContext,
  input: ResetPersonalPINRequest,
): Promise<ResetPersonalPINResponse> {
  const user = await requireUser(op, input.AccountId, input.UserId);
  const updated = await users.update(op, [user.AccountId], user, {
    ...user,
    PersonalPIN: newPin(op, user.PersonalPIN),
  });
  return { User: toUser(updated) };
}
