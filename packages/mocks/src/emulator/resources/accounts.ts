import type {
  Account,
  AssociateSigninDelegateGroupsWithAccountRequest,
  AssociateSigninDelegateGroupsWithAccountResponse,
  CreateAccountRequest,
  CreateAccountResponse,
  DeleteAccountRequest,
  DeleteAccountResponse,
  DisassociateSigninDelegateGroupsFromAccountRequest,
  DisassociateSigninDelegateGroupsFromAccountResponse,
  GetAccountRequest,
  GetAccountResponse,
  ListAccountsRequest,
  ListAccountsResponse,
  UpdateAccountRequest,
  UpdateAccountResponse,
} from "@chimekit/types";
import { badRequest, unprocessable } from "../engine/errors.js";
import { iso, type OperationContext } from "../engine/operation-context.js";
import { scopeKey } from "../engine/scope.js";
import { accounts, users } from "./collections.js";
import { requireAccount } from "./lookups.js";
import { releaseUserNumber } from "./phone-number-users.js";
import type { AccountRecord, LicenseName } from "./records.js";
import { date, defined } from "./wire.js";

/** What CreateAccount gives a Team account, as the reference's example shows it. */
const TEAM_SUPPORTED_LICENSES: LicenseName[] = ["Basic", "Pro"];
const TEAM_DEFAULT_LICENSE: LicenseName = "Pro";

export function toAccount(record: AccountRecord): Account {
  return defined({
    AwsAccountId: record.AwsAccountId,
    AccountId: record.AccountId,
    Name: record.Name,
    AccountType: record.AccountType,
    CreatedTimestamp: date(record.CreatedTimestamp),
    DefaultLicense: record.DefaultLicense,
    SupportedLicenses: [...record.SupportedLicenses],
    AccountStatus: record.AccountStatus,
    SigninDelegateGroups: record.SigninDelegateGroups.map((group) => ({ ...group })),
  });
}

/** Only Team accounts can be created through the API; other types come from seeds or state imports. */
export async function createAccount(
  op: OperationContext,
  input: CreateAccountRequest,
): Promise<CreateAccountResponse> {
  const account = await accounts.insert(op, [], {
    AccountId: op.ids.uuid(),
    AwsAccountId: op.awsAccountId,
    Name: input.Name,
    AccountType: "Team",
    AccountStatus: "Active",
    DefaultLicense: TEAM_DEFAULT_LICENSE,
    SupportedLicenses: TEAM_SUPPORTED_LICENSES,
    CreatedTimestamp: iso(op.now),
    SigninDelegateGroups: [],
  });
  return { Account: toAccount(account) };
}

export async function getAccount(
  op: OperationContext,
  input: GetAccountRequest,
): Promise<GetAccountResponse> {
  return { Account: toAccount(await requireAccount(op, input.AccountId)) };
}

export async function updateAccount(
  op: OperationContext,
  input: UpdateAccountRequest,
): Promise<UpdateAccountResponse> {
  const account = await requireAccount(op, input.AccountId);
  if (
    input.DefaultLicense !== undefined &&
    !account.SupportedLicenses.includes(input.DefaultLicense)
  ) {
    throw badRequest(
      `UpdateAccount: DefaultLicense ${input.DefaultLicense} is not supported by account ${account.AccountId}; supported: ${account.SupportedLicenses.join(", ")}`,
    );
  }
  const updated = await accounts.update(op, [], account, {
    ...account,
    Name: input.Name ?? account.Name,
    DefaultLicense: input.DefaultLicense ?? account.DefaultLicense,
  });
  return { Account: toAccount(updated) };
}

/**
 * A Team account goes only once every user is suspended. Deleting releases
 * the phone numbers of its users and removes everything under it (users,
 * bots, rooms and memberships, settings), so nothing points at it afterwards.
 */
export async function deleteAccount(
  op: OperationContext,
  input: DeleteAccountRequest,
): Promise<DeleteAccountResponse> {
  const account = await requireAccount(op, input.AccountId);
  const holders = [];
  for await (const user of users.all(op, [account.AccountId])) {
    if (account.AccountType === "Team" && user.UserRegistrationStatus !== "Suspended") {
      throw unprocessable(
        `DeleteAccount: Team account ${account.AccountId} still has user ${user.UserId} (${user.PrimaryEmail ?? "no email"}) who is ${user.UserRegistrationStatus}; suspend every user with BatchSuspendUser first`,
      );
    }
    if (user.PrimaryProvisionedNumber) holders.push(user);
  }
  for (const user of holders) await releaseUserNumber(op, user);
  await op.tx.deleteScope(op.awsAccountId, scopeKey([account.AccountId]));
  await accounts.remove(op, [], account);
  return {};
}

/** Filters: `Name` is a name prefix; `UserEmail` keeps the account that has a user with that email. */
export async function listAccounts(
  op: OperationContext,
  input: ListAccountsRequest,
): Promise<ListAccountsResponse> {
  const email = input.UserEmail?.toLowerCase();
  const page = await accounts.list(
    op,
    [],
    { operation: "ListAccounts", maxResults: input.MaxResults, nextToken: input.NextToken },
    async (account) =>
      (input.Name === undefined || account.Name.startsWith(input.Name)) &&
      (email === undefined ||
        (await users.findBy(op, [account.AccountId], "email", email)) !== undefined),
  );
  return defined({ Accounts: page.items.map(toAccount), NextToken: page.nextToken });
}

export async function associateSigninDelegateGroupsWithAccount(
  op: OperationContext,
  input: AssociateSigninDelegateGroupsWithAccountRequest,
): Promise<AssociateSigninDelegateGroupsWithAccountResponse> {
  const account = await requireAccount(op, input.AccountId);
  const groups = [...account.SigninDelegateGroups];
  for (const group of input.SigninDelegateGroups) {
    if (!group.GroupName) {
      throw badRequest(
        "AssociateSigninDelegateGroupsWithAccount: every SigninDelegateGroups item needs a GroupName",
      );
    }
    if (!groups.some((known) => known.GroupName === group.GroupName))
      groups.push({ GroupName: group.GroupName });
  }
  await accounts.update(op, [], account, { ...account, SigninDelegateGroups: groups });
  return {};
}

export async function disassociateSigninDelegateGroupsFromAccount(
  op: OperationContext,
  input: DisassociateSigninDelegateGroupsFromAccountRequest,
): Promise<DisassociateSigninDelegateGroupsFromAccountResponse> {
  const account = await requireAccount(op, input.AccountId);
  const removed = new Set(input.GroupNames);
  await accounts.update(op, [], account, {
    ...account,
    SigninDelegateGroups: account.SigninDelegateGroups.filter(
      (group) => !removed.has(group.GroupName),
    ),
  });
  return {};
}
