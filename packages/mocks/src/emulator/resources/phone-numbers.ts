import type {
  BatchDeletePhoneNumberRequest,
  BatchDeletePhoneNumberResponse,
  BatchUpdatePhoneNumberRequest,
  BatchUpdatePhoneNumberResponse,
  DeletePhoneNumberRequest,
  DeletePhoneNumberResponse,
  GetPhoneNumberRequest,
  GetPhoneNumberResponse,
  ListPhoneNumbersRequest,
  ListPhoneNumbersResponse,
  PhoneNumber,
  PhoneNumberError,
  RestorePhoneNumberRequest,
  RestorePhoneNumberResponse,
  UpdatePhoneNumberRequest,
  UpdatePhoneNumberRequestItem,
  UpdatePhoneNumberResponse,
} from "@chimekit/types";
import { badRequest, conflict, EmulatorError } from "../engine/errors.js";
import { iso, later, type OperationContext } from "../engine/operation-context.js";
import { phoneNumbers } from "./collections.js";
import { requirePhoneNumber } from "./lookups.js";
import { productTypeProblem } from "./phone-number-inventory.js";
import { assignedUserId } from "./phone-number-users.js";
import type { PhoneNumberRecord, ProductType } from "./records.js";
import { date, defined } from "./wire.js";

export const PURGE_PHONE_NUMBER = "purgePhoneNumber";
export const COMPLETE_CALLING_NAME = "completeCallingNameUpdate";

export function toPhoneNumber(record: PhoneNumberRecord): PhoneNumber {
  return defined({
    PhoneNumberId: record.PhoneNumberId,
    E164PhoneNumber: record.E164PhoneNumber,
    Country: record.Country,
    Type: record.Type,
    ProductType: record.ProductType,
    Status: record.Status,
    Capabilities: { ...record.Capabilities },
    Associations: record.Associations.map((association) => ({
      Name: association.Name,
      Value: association.Value,
      AssociatedTimestamp: date(association.AssociatedTimestamp),
    })),
    CallingName: record.CallingName,
    CallingNameStatus: record.CallingNameStatus,
    CreatedTimestamp: date(record.CreatedTimestamp),
    UpdatedTimestamp: date(record.UpdatedTimestamp),
    DeletionTimestamp: date(record.DeletionTimestamp),
  });
}

export function phoneNumberError(phoneNumberId: string, error: unknown): PhoneNumberError {
  if (!(error instanceof EmulatorError)) throw error;
  return {
    PhoneNumberId: phoneNumberId,
    ErrorCode: error.code as PhoneNumberError["ErrorCode"],
    ErrorMessage: error.message,
  };
}

export async function getPhoneNumber(
  op: OperationContext,
  input: GetPhoneNumberRequest,
): Promise<GetPhoneNumberResponse> {
  return { PhoneNumber: toPhoneNumber(await requirePhoneNumber(op, input.PhoneNumberId)) };
}

/** Filters: Status, ProductType, and an association given by FilterName and FilterValue together. */
export async function listPhoneNumbers(
  op: OperationContext,
  input: ListPhoneNumbersRequest,
): Promise<ListPhoneNumbersResponse> {
  if ((input.FilterName === undefined) !== (input.FilterValue === undefined)) {
    throw badRequest(
      "ListPhoneNumbers: FilterName and FilterValue go together; give both or neither",
    );
  }
  const page = await phoneNumbers.list(
    op,
    [],
    { operation: "ListPhoneNumbers", maxResults: input.MaxResults, nextToken: input.NextToken },
    (phoneNumber) =>
      (input.Status === undefined || phoneNumber.Status === input.Status) &&
      (input.ProductType === undefined || phoneNumber.ProductType === input.ProductType) &&
      (input.FilterName === undefined ||
        phoneNumber.Associations.some(
          (a) => a.Name === input.FilterName && a.Value === input.FilterValue,
        )),
  );
  return defined({ PhoneNumbers: page.items.map(toPhoneNumber), NextToken: page.nextToken });
}

function requireSettled(op: OperationContext, phoneNumber: PhoneNumberRecord): void {
  if (phoneNumber.Status !== "Unassigned" && phoneNumber.Status !== "Assigned") {
    throw badRequest(
      `${op.operation}: phone number ${phoneNumber.PhoneNumberId} is ${phoneNumber.Status} and cannot change now`,
    );
  }
}

/**
 * One change per call: the product type or the calling name. A calling name
 * takes `callingNameUpdateMs` of emulated time to settle, and a new one is
 * refused (ConflictException) while the previous is pending.
 */
async function applyPhoneNumberUpdate(
  op: OperationContext,
  item: UpdatePhoneNumberRequestItem,
): Promise<PhoneNumberRecord> {
  const phoneNumber = await requirePhoneNumber(op, item.PhoneNumberId);
  const productType = item.ProductType as ProductType | undefined;
  if ((productType === undefined) === (item.CallingName === undefined)) {
    throw badRequest(
      `${op.operation}: give exactly one of ProductType and CallingName for ${item.PhoneNumberId}; they update one at a time`,
    );
  }
  requireSettled(op, phoneNumber);
  const now = iso(op.now);
  if (productType !== undefined) {
    const problem = productTypeProblem(phoneNumber.E164PhoneNumber, productType);
    if (problem) throw badRequest(`${op.operation}: ${problem}`);
    if (assignedUserId(phoneNumber) && productType !== "BusinessCalling") {
      throw badRequest(
        `${op.operation}: phone number ${phoneNumber.PhoneNumberId} is assigned to a user, who needs a BusinessCalling number; disassociate it first`,
      );
    }
    return phoneNumbers.update(op, [], phoneNumber, {
      ...phoneNumber,
      ProductType: productType,
      UpdatedTimestamp: now,
    });
  }
  if (phoneNumber.CallingNameStatus === "UpdateInProgress") {
    throw conflict(
      `${op.operation}: the calling name of ${phoneNumber.PhoneNumberId} is still being updated; a new one can be set once it completes`,
    );
  }
  const updated = await phoneNumbers.update(op, [], phoneNumber, {
    ...phoneNumber,
    CallingName: item.CallingName,
    CallingNameStatus: "UpdateInProgress",
    UpdatedTimestamp: now,
  });
  await op.schedule(later(op, op.timings.callingNameUpdateMs), {
    kind: COMPLETE_CALLING_NAME,
    ref: phoneNumber.PhoneNumberId,
  });
  return updated;
}

export async function completeCallingNameUpdate(
  op: OperationContext,
  phoneNumberId: string,
): Promise<void> {
  const phoneNumber = await phoneNumbers.get(op, [], phoneNumberId);
  if (phoneNumber?.CallingNameStatus !== "UpdateInProgress") return;
  await phoneNumbers.update(op, [], phoneNumber, {
    ...phoneNumber,
    CallingNameStatus: "UpdateSucceeded",
  });
}

export async function updatePhoneNumber(
  op: OperationContext,
  input: UpdatePhoneNumberRequest,
): Promise<UpdatePhoneNumberResponse> {
  return { PhoneNumber: toPhoneNumber(await applyPhoneNumberUpdate(op, input)) };
}

export async function batchUpdatePhoneNumber(
  op: OperationContext,
  input: BatchUpdatePhoneNumberRequest,
): Promise<BatchUpdatePhoneNumberResponse> {
  const errors: PhoneNumberError[] = [];
  for (const item of input.UpdatePhoneNumberRequestItems) {
    try {
      await applyPhoneNumberUpdate(op, item);
    } catch (error) {
      errors.push(phoneNumberError(item.PhoneNumberId, error));
    }
  }
  return { PhoneNumberErrors: errors };
}

/**
 * Moves a number into the deletion queue: status DeleteInProgress, purged
 * after `deletionQueueMs` (7 days) of emulated time unless restored. An
 * assigned number must be disassociated first.
 */
async function queueForDeletion(op: OperationContext, phoneNumberId: string): Promise<void> {
  const phoneNumber = await requirePhoneNumber(op, phoneNumberId);
  const holder = assignedUserId(phoneNumber);
  if (holder || phoneNumber.Status === "Assigned") {
    throw new EmulatorError(
      "BadRequestException",
      `${op.operation}: phone number ${phoneNumberId} is associated${holder ? ` with user ${holder}` : ""}; disassociate it before deleting`,
      "PhoneNumberAssociationsExist",
    );
  }
  if (phoneNumber.Status !== "Unassigned") {
    throw badRequest(
      `${op.operation}: phone number ${phoneNumberId} is ${phoneNumber.Status}; only an Unassigned number can be deleted`,
    );
  }
  await phoneNumbers.update(op, [], phoneNumber, {
    ...phoneNumber,
    Status: "DeleteInProgress",
    DeletionTimestamp: iso(op.now),
    UpdatedTimestamp: iso(op.now),
  });
  await op.schedule(later(op, op.timings.deletionQueueMs), {
    kind: PURGE_PHONE_NUMBER,
    ref: phoneNumberId,
  });
}

/** Removes a number whose time in the deletion queue is up (a restore and a later delete restart the wait). */
export async function purgePhoneNumber(op: OperationContext, phoneNumberId: string): Promise<void> {
  const phoneNumber = await phoneNumbers.get(op, [], phoneNumberId);
  if (phoneNumber?.Status !== "DeleteInProgress" || phoneNumber.DeletionTimestamp === undefined)
    return;
  if (Date.parse(phoneNumber.DeletionTimestamp) + op.timings.deletionQueueMs > op.now.getTime())
    return;
  await phoneNumbers.remove(op, [], phoneNumber);
}

export async function deletePhoneNumber(
  op: OperationContext,
  input: DeletePhoneNumberRequest,
): Promise<DeletePhoneNumberResponse> {
  await queueForDeletion(op, input.PhoneNumberId);
  return {};
}

export async function batchDeletePhoneNumber(
  op: OperationContext,
  input: BatchDeletePhoneNumberRequest,
): Promise<BatchDeletePhoneNumberResponse> {
  const errors: PhoneNumberError[] = [];
  for (const phoneNumberId of input.PhoneNumberIds) {
    try {
      await queueForDeletion(op, phoneNumberId);
    } catch (error) {
      errors.push(phoneNumberError(phoneNumberId, error));
    }
  }
  return { PhoneNumberErrors: errors };
}

/** Takes a number out of the deletion queue, back into the inventory as Unassigned. */
export async function restorePhoneNumber(
  op: OperationContext,
  input: RestorePhoneNumberRequest,
): Promise<RestorePhoneNumberResponse> {
  const phoneNumber = await requirePhoneNumber(op, input.PhoneNumberId);
  if (phoneNumber.Status !== "DeleteInProgress") {
    throw badRequest(
      `RestorePhoneNumber: phone number ${input.PhoneNumberId} is ${phoneNumber.Status}, not in the deletion queue (DeleteInProgress)`,
    );
  }
  const { DeletionTimestamp: _restored, ...rest } = phoneNumber;
  const restored = await phoneNumbers.update(op, [], phoneNumber, {
    ...rest,
    Status: "Unassigned",
    UpdatedTimestamp: iso(op.now),
  });
  return { PhoneNumber: toPhoneNumber(restored) };
}
