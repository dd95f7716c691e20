import type {
  CreatePhoneNumberOrderRequest,
  CreatePhoneNumberOrderResponse,
  GetPhoneNumberOrderRequest,
  GetPhoneNumberOrderResponse,
  ListPhoneNumberOrdersRequest,
  ListPhoneNumberOrdersResponse,
  PhoneNumberOrder,
} from "@chimekit/types";
import { badRequest, notFound } from "../engine/errors.js";
import { iso, later, type OperationContext } from "../engine/operation-context.js";
import { phoneNumberOrders, phoneNumbers } from "./collections.js";
import {
  inventoryNumber,
  productTypeProblem,
  provisionedNumber,
} from "./phone-number-inventory.js";
import type { OrderedPhoneNumberRecord, PhoneNumberOrderRecord, ProductType } from "./records.js";
import { date, defined } from "./wire.js";

export const COMPLETE_PHONE_NUMBER_ORDER = "completePhoneNumberOrder";

export function toPhoneNumberOrder(record: PhoneNumberOrderRecord): PhoneNumberOrder {
  return {
    PhoneNumberOrderId: record.PhoneNumberOrderId,
    ProductType: record.ProductType,
    Status: record.Status,
    OrderedPhoneNumbers: record.OrderedPhoneNumbers.map((ordered) => ({ ...ordered })),
    CreatedTimestamp: date(record.CreatedTimestamp),
    UpdatedTimestamp: date(record.UpdatedTimestamp),
  };
}

/**
 * Orders numbers: the order starts Processing, and after `phoneNumberOrderMs`
 * of emulated time each number is Acquired (it was available: it joins the
 * inventory as Unassigned) or Failed (not in the carrier's stock, or already
 * held), making the order Successful, Partial or Failed. Available numbers
 * are reserved at once (AcquireInProgress) so two orders cannot both get one.
 */
export async function createPhoneNumberOrder(
  op: OperationContext,
  input: CreatePhoneNumberOrderRequest,
): Promise<CreatePhoneNumberOrderResponse> {
  const productType = input.ProductType as ProductType;
  const numbers = [...new Set(input.E164PhoneNumbers)];
  if (numbers.length === 0)
    throw badRequest("CreatePhoneNumberOrder: E164PhoneNumbers must list at least one number");
  for (const e164 of numbers) {
    const problem = productTypeProblem(e164, productType);
    if (problem) throw badRequest(`CreatePhoneNumberOrder: ${problem}`);
  }
  const orderId = op.ids.uuid();
  const now = iso(op.now);
  for (const e164 of numbers) {
    const stock = inventoryNumber(e164);
    if (!stock || (await phoneNumbers.get(op, [], e164))) continue;
    await phoneNumbers.insert(op, [], {
      ...provisionedNumber(stock, productType, "AcquireInProgress", now),
      PhoneNumberOrderId: orderId,
    });
  }
  const order = await phoneNumberOrders.insert(op, [], {
    PhoneNumberOrderId: orderId,
    ProductType: productType,
    Status: "Processing",
    OrderedPhoneNumbers: numbers.map((e164) => ({ E164PhoneNumber: e164, Status: "Processing" })),
    CreatedTimestamp: now,
    UpdatedTimestamp: now,
  });
  await op.schedule(later(op, op.timings.phoneNumberOrderMs), {
    kind: COMPLETE_PHONE_NUMBER_ORDER,
    ref: orderId,
  });
  return { PhoneNumberOrder: toPhoneNumberOrder(order) };
}

export async function completePhoneNumberOrder(
  op: OperationContext,
  orderId: string,
): Promise<void> {
  const order = await phoneNumberOrders.get(op, [], orderId);
  if (!order || order.Status !== "Processing") return;
  const now = iso(op.now);
  const ordered: OrderedPhoneNumberRecord[] = [];
  for (const { E164PhoneNumber } of order.OrderedPhoneNumbers) {
    const reserved = await phoneNumbers.get(op, [], E164PhoneNumber);
    if (reserved?.Status === "AcquireInProgress" && reserved.PhoneNumberOrderId === orderId) {
      const { PhoneNumberOrderId: _done, ...acquired } = reserved;
      await phoneNumbers.update(op, [], reserved, {
        ...acquired,
        Status: "Unassigned",
        UpdatedTimestamp: now,
      });
      ordered.push({ E164PhoneNumber, Status: "Acquired" });
    } else {
      ordered.push({ E164PhoneNumber, Status: "Failed" });
    }
  }
  const acquired = ordered.filter((number) => number.Status === "Acquired").length;
  await phoneNumberOrders.update(op, [], order, {
    ...order,
    OrderedPhoneNumbers: ordered,
    Status: acquired === ordered.length ? "Successful" : acquired === 0 ? "Failed" : "Partial",
    UpdatedTimestamp: now,
  });
}

export async function getPhoneNumberOrder(
  op: OperationContext,
  input: GetPhoneNumberOrderRequest,
): Promise<GetPhoneNumberOrderResponse> {
  const order = await phoneNumberOrders.get(op, [], input.PhoneNumberOrderId);
  if (!order) {
    throw notFound(
      `GetPhoneNumberOrder: phone number order ${input.PhoneNumberOrderId} (PhoneNumberOrderId) does not exist in AWS account ${op.awsAccountId}`,
    );
  }
  return { PhoneNumberOrder: toPhoneNumberOrder(order) };
}

export async function listPhoneNumberOrders(
  op: OperationContext,
  input: ListPhoneNumberOrdersRequest,
): Promise<ListPhoneNumberOrdersResponse> {
  const page = await phoneNumberOrders.list(op, [], {
    operation: "ListPhoneNumberOrders",
    maxResults: input.MaxResults,
    nextToken: input.NextToken,
  });
  return defined({
    PhoneNumberOrders: page.items.map(toPhoneNumberOrder),
    NextToken: page.nextToken,
  });
}
