import type { Invite, InviteUsersRequest, InviteUsersResponse } from "@chimekit/types";
import { badRequest } from "../engine/errors.js";
import { iso, type OperationContext } from "../engine/operation-context.js";
import { users } from "./collections.js";
import { requireAccount, requireEmailFree } from "./lookups.js";
import { newUser } from "./users.js";

/** InviteUsers takes at most this many emails (reference: "a maximum of 50 users"). */
export const INVITE_LIMIT = 50;

/**
 * Invites people to a Team account. A new email becomes an unregistered user
 * with a pending invitation; a suspended user is invited again, which is how
 * a Team account lifts a suspension; a user who already belongs gets a failed
 * invite and stays as they are.
 */
export async function inviteUsers(
  op: OperationContext,
  input: InviteUsersRequest,
): Promise<InviteUsersResponse> {
  const account = await requireAccount(op, input.AccountId);
  if (account.AccountType !== "Team") {
    throw badRequest(
      `InviteUsers: account ${account.AccountId} is an ${account.AccountType} account; only Team accounts take invitations`,
    );
  }
  if (input.UserEmailList.length > INVITE_LIMIT) {
    throw badRequest(
      `InviteUsers: UserEmailList has ${input.UserEmailList.length} emails; at most ${INVITE_LIMIT} are allowed`,
    );
  }
  // Every email is checked before any is invited, so a refused call invites nobody.
  for (const email of input.UserEmailList) await requireEmailFree(op, email, account.AccountId);
  const invites: Invite[] = [];
  const seen = new Set<string>();
  for (const email of input.UserEmailList) {
    const key = email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const existing = await users.findBy(op, [account.AccountId], "email", key);
    const invitation = { UserInvitationStatus: "Pending" as const, InvitedOn: iso(op.now) };
    if (!existing) {
      await users.insert(
        op,
        [account.AccountId],
        newUser(op, account, {
          PrimaryEmail: email,
          DisplayName: email,
          UserType: input.UserType ?? "PrivateUser",
          UserRegistrationStatus: "Unregistered",
          ...invitation,
        }),
      );
    } else if (existing.UserRegistrationStatus === "Registered") {
      invites.push({
        InviteId: op.ids.uuid(),
        EmailAddress: email,
        EmailStatus: "NotSent",
        Status: "Failed",
      });
      continue;
    } else {
      await users.update(op, [account.AccountId], existing, {
        ...existing,
        UserRegistrationStatus: "Unregistered",
        ...invitation,
      });
    }
    invites.push({
      InviteId: op.ids.uuid(),
      EmailAddress: email,
      EmailStatus: "Sent",
      Status: "Pending",
    });
  }
  return { Invites: invites };
}
