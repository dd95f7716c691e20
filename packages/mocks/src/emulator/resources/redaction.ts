import type {
  RedactConversationMessageRequest,
  RedactConversationMessageResponse,
  RedactRoomMessageRequest,
  RedactRoomMessageResponse,
} from "@chimekit/types";
import { iso, type OperationContext } from "../engine/operation-context.js";
import { redactions } from "./collections.js";
import { requireAccount, requireRoom } from "./lookups.js";
import type { RedactionRecord } from "./records.js";

/**
 * The emulator keeps no messages, so a redaction is recorded (visible in the
 * state export) and redacting the same message again changes nothing.
 */
async function record(
  op: OperationContext,
  redaction: Omit<RedactionRecord, "RedactedBy" | "RedactedTimestamp">,
) {
  if (await redactions.get(op, [redaction.AccountId], redaction.RedactionId)) return;
  await redactions.insert(op, [redaction.AccountId], {
    ...redaction,
    RedactedBy: op.caller.arn,
    RedactedTimestamp: iso(op.now),
  });
}

export async function redactConversationMessage(
  op: OperationContext,
  input: RedactConversationMessageRequest,
): Promise<RedactConversationMessageResponse> {
  await requireAccount(op, input.AccountId);
  await record(op, {
    RedactionId: `conversation/${input.ConversationId}/${input.MessageId}`,
    AccountId: input.AccountId,
    ConversationId: input.ConversationId,
    MessageId: input.MessageId,
  });
  return {};
}

export async function redactRoomMessage(
  op: OperationContext,
  input: RedactRoomMessageRequest,
): Promise<RedactRoomMessageResponse> {
  const room = await requireRoom(op, input.AccountId, input.RoomId);
  await record(op, {
    RedactionId: `room/${room.RoomId}/${input.MessageId}`,
    AccountId: input.AccountId,
    RoomId: room.RoomId,
    MessageId: input.MessageId,
  });
  return {};
}
