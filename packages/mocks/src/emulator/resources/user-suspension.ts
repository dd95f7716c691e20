import type {
  BatchSuspendUserRequest,
  BatchSuspendUserResponse,
  BatchUnsuspendUserRequest,
  BatchUnsuspendUserResponse,
  UserError,
} from "@chimekit/types";
import { badRequest } from "../engine/errors.js";
import { iso, type OperationContext } from "../engine/operation-context.js";
import { users } from "./collections.js";
import { requireAccount, requireUser } from "./lookups.js";
import { releaseUserNumber } from "./phone-number-users.js";
import type { AccountRecord } from "./records.js";
import { userError } from "./users.js";

/** Both batch operations take at most this many user IDs (reference: "up to 50 users"). */
export const SUSPENSION_BATCH_LIMIT = 50;

function checkBatch(
  op: OperationContext,
  account: AccountRecord,
  userIds: string[],
  accountTypes: string[],
) {
  if (!accountTypes.includes(account.AccountType)) {
    throw badRequest(
      `${op.operation}: account ${account.AccountId} is an ${account.AccountType} account; ${op.operation} applies to ${accountTypes.join(" and ")} accounts only`,
    );
  }
  if (userIds.length > SUSPENSION_BATCH_LIMIT) {
    throw badRequest(
      `${op.operation}: UserIdList has ${userIds.length} user IDs; at most ${SUSPENSION_BATCH_LIMIT} are allowed`,
    );
  }
}

/**
 * Suspends users of a Team or EnterpriseLWA account. A suspended Team user
 * leaves the account, so their phone number goes back to the inventory; an
 * EnterpriseLWA user is signed out.
 */
export async function batchSuspendUser(
  op: OperationContext,
  input: BatchSuspendUserRequest,
): Promise<BatchSuspendUserResponse> {
  const account = await requireAccount(op, input.AccountId);
  checkBatch(op, account, input.UserIdList, ["Team", "EnterpriseLWA"]);
  const errors: UserError[] = [];
  for (const userId of input.UserIdList) {
    try {
      let user = await requireUser(op, account.AccountId, userId);
      if (user.UserRegistrationStatus === "Suspended") continue;
      if (account.AccountType === "Team") user = await releaseUserNumber(op, user);
      await users.update(op, [account.AccountId], user, {
        ...user,
        UserRegistrationStatus: "Suspended",
        LastLogoutTimestamp: iso(op.now),
      });
    } catch (error) {
      errors.push(userError(userId, error));
    }
  }
  return { UserErrors: errors };
}

/** Lifts suspensions in an EnterpriseLWA account; users who are not suspended are left alone. */
export async function batchUnsuspendUser(
  op: OperationContext,
  input: BatchUnsuspendUserRequest,
): Promise<BatchUnsuspendUserResponse> {
  const account = await requireAccount(op, input.AccountId);
  checkBatch(op, account, input.UserIdList, ["EnterpriseLWA"]);
  const errors: UserError[] = [];
  for (const userId of input.UserIdList) {
    try {
      const user = await requireUser(op, account.AccountId, userId);
      if (user.UserRegistrationStatus !== "Suspended") continue;
      await users.update(op, [account.AccountId], user, {
        ...user,
        UserRegistrationStatus: "Registered",
        RegisteredOn: user.RegisteredOn ?? iso(op.now),
      });
    } catch (error) {
      errors.push(userError(userId, error));
    }
  }
  return { UserErrors: errors };
}
