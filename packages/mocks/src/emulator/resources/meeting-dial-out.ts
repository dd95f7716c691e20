import type { CreateMeetingDialOutRequest, CreateMeetingDialOutResponse } from "@chimekit/types";
import { accessDenied } from "../engine/errors.js";
import { iso, type OperationContext } from "../engine/operation-context.js";
import { meetingDialOuts, phoneNumbers } from "./collections.js";

/**
 * Starts a dial-out and returns its TransactionId. The From number must be
 * one the AWS account holds (reference: "ensures that the From number
 * belongs to the customer"); the call itself is only recorded.
 */
export async function createMeetingDialOut(
  op: OperationContext,
  input: CreateMeetingDialOutRequest,
): Promise<CreateMeetingDialOutResponse> {
  const from = input.FromPhoneNumber.startsWith("+")
    ? input.FromPhoneNumber
    : `+${input.FromPhoneNumber}`;
  const owned = await phoneNumbers.get(op, [], from);
  if (!owned || (owned.Status !== "Assigned" && owned.Status !== "Unassigned")) {
    throw accessDenied(
      `CreateMeetingDialOut: FromPhoneNumber ${input.FromPhoneNumber} does not belong to AWS account ${op.awsAccountId}; order it first`,
    );
  }
  const dialOut = await meetingDialOuts.insert(op, [], {
    TransactionId: op.ids.uuid(),
    MeetingId: input.MeetingId,
    FromPhoneNumber: from,
    ToPhoneNumber: input.ToPhoneNumber,
    CreatedTimestamp: iso(op.now),
  });
  return { TransactionId: dialOut.TransactionId };
}
