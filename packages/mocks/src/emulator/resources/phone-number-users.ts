import type {
  AssociatePhoneNumberWithUserRequest,
  AssociatePhoneNumberWithUserResponse,
  DisassociatePhoneNumberFromUserRequest,
  DisassociatePhoneNumberFromUserResponse,
} from "@chimekit/types";
import { badRequest } from "../engine/errors.js";
import { iso, type OperationContext } from "../engine/operation-context.js";
import { phoneNumbers, users } from "./collections.js";
import { requirePhoneNumber, requireUser } from "./lookups.js";
import type { PhoneNumberRecord, UserRecord } from "./records.js";

export function assignedUserId(phoneNumber: PhoneNumberRecord): string | undefined {
  return phoneNumber.Associations.find((association) => association.Name === "UserId")?.Value;
}

/**
 * Takes the user's number back into the inventory (status Unassigned, no
 * associations) and clears the user's PrimaryProvisionedNumber. Returns the
 * user as stored afterwards.
 */
export async function releaseUserNumber(
  op: OperationContext,
  user: UserRecord,
): Promise<UserRecord> {
  if (!user.PrimaryProvisionedNumber) return user;
  const phoneNumber = await phoneNumbers.get(op, [], user.PrimaryProvisionedNumber);
  if (phoneNumber && assignedUserId(phoneNumber) === user.UserId) {
    await phoneNumbers.update(op, [], phoneNumber, {
      ...phoneNumber,
      Status: "Unassigned",
      Associations: [],
      UpdatedTimestamp: iso(op.now),
    });
  }
  const { PrimaryProvisionedNumber: _released, ...rest } = user;
  return users.update(op, [user.AccountId], user, rest);
}

/**
 * Gives a Business Calling number from the inventory to a user. The number
 * must be unassigned (or already this user's); a number the user had before
 * goes back to the inventory.
 */
export async function associatePhoneNumberWithUser(
  op: OperationContext,
  input: AssociatePhoneNumberWithUserRequest,
): Promise<AssociatePhoneNumberWithUserResponse> {
  let user = await requireUser(op, input.AccountId, input.UserId);
  const phoneNumber = await requirePhoneNumber(op, input.E164PhoneNumber);
  const holder = assignedUserId(phoneNumber);
  if (holder === user.UserId) return {};
  if (user.UserRegistrationStatus === "Suspended") {
    throw badRequest(
      `AssociatePhoneNumberWithUser: user ${user.UserId} is suspended and cannot get a phone number`,
    );
  }
  if (phoneNumber.Status !== "Unassigned") {
    throw badRequest(
      `AssociatePhoneNumberWithUser: phone number ${phoneNumber.E164PhoneNumber} is ${phoneNumber.Status}${holder ? ` to user ${holder}` : ""}; only an Unassigned number can be associated`,
    );
  }
  if (phoneNumber.ProductType !== "BusinessCalling") {
    throw badRequest(
      `AssociatePhoneNumberWithUser: phone number ${phoneNumber.E164PhoneNumber} has product type ${phoneNumber.ProductType}; users take BusinessCalling numbers`,
    );
  }
  user = await releaseUserNumber(op, user);
  const now = iso(op.now);
  await phoneNumbers.update(op, [], phoneNumber, {
    ...phoneNumber,
    Status: "Assigned",
    Associations: [
      { Name: "AccountId", Value: user.AccountId, AssociatedTimestamp: now },
      { Name: "UserId", Value: user.UserId, AssociatedTimestamp: now },
    ],
    UpdatedTimestamp: now,
  });
  await users.update(op, [user.AccountId], user, {
    ...user,
    PrimaryProvisionedNumber: phoneNumber.E164PhoneNumber,
  });
  return {};
}

/** Releases the user's primary number; a user without one is left as is. */
export async function disassociatePhoneNumberFromUser(
  op: OperationContext,
  input: DisassociatePhoneNumberFromUserRequest,
): Promise<DisassociatePhoneNumberFromUserResponse> {
  await releaseUserNumber(op, await requireUser(op, input.AccountId, input.UserId));
  return {};
}
