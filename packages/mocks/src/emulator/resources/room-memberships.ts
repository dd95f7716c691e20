import type {
  BatchCreateRoomMembershipRequest,
  BatchCreateRoomMembershipResponse,
  CreateRoomMembershipRequest,
  CreateRoomMembershipResponse,
  DeleteRoomMembershipRequest,
  DeleteRoomMembershipResponse,
  ListRoomMembershipsRequest,
  ListRoomMembershipsResponse,
  MemberError,
  RoomMembership,
  UpdateRoomMembershipRequest,
  UpdateRoomMembershipResponse,
} from "@chimekit/types";
import { badRequest, conflict, EmulatorError, notFound } from "../engine/errors.js";
import { iso, type OperationContext } from "../engine/operation-context.js";
import { bots, roomMemberships, users } from "./collections.js";
import { requireRoom } from "./lookups.js";
import type { RoomMembershipRecord, RoomRecord, RoomRole } from "./records.js";
import { date, defined } from "./wire.js";

/** BatchCreateRoomMembership takes at most this many members (reference: "up to 50 members"). */
export const BATCH_MEMBERSHIP_LIMIT = 50;

/** The member's details come from the user or bot as it is now, not as it was when added. */
async function toRoomMembership(
  op: OperationContext,
  room: RoomRecord,
  record: RoomMembershipRecord,
): Promise<RoomMembership> {
  const scope = [room.AccountId];
  const user =
    record.MemberType === "User" ? await users.get(op, scope, record.MemberId) : undefined;
  const bot = record.MemberType === "Bot" ? await bots.get(op, scope, record.MemberId) : undefined;
  return {
    RoomId: record.RoomId,
    Role: record.Role,
    InvitedBy: record.InvitedBy,
    UpdatedTimestamp: date(record.UpdatedTimestamp),
    Member: defined({
      MemberId: record.MemberId,
      MemberType: record.MemberType,
      AccountId: room.AccountId,
      Email: user?.PrimaryEmail ?? bot?.BotEmail,
      FullName: user?.DisplayName ?? bot?.DisplayName,
    }),
  };
}

/** Adds a user or bot of the room's account; anyone else is NotFound, a second membership a Conflict. */
async function addMember(
  op: OperationContext,
  room: RoomRecord,
  memberId: string | undefined,
  role: RoomRole | undefined,
): Promise<RoomMembershipRecord> {
  if (!memberId) throw badRequest(`${op.operation}: every member needs a MemberId`);
  const scope = [room.AccountId];
  const memberType = (await users.get(op, scope, memberId))
    ? "User"
    : (await bots.get(op, scope, memberId))
      ? "Bot"
      : undefined;
  if (!memberType) {
    throw notFound(
      `${op.operation}: member ${memberId} is neither a user nor a bot of account ${room.AccountId}`,
    );
  }
  if (await roomMemberships.get(op, [room.AccountId, room.RoomId], memberId)) {
    throw conflict(`${op.operation}: ${memberId} is already a member of room ${room.RoomId}`);
  }
  return roomMemberships.insert(op, [room.AccountId, room.RoomId], {
    RoomId: room.RoomId,
    MemberId: memberId,
    MemberType: memberType,
    Role: role ?? "Member",
    InvitedBy: op.caller.arn,
    UpdatedTimestamp: iso(op.now),
  });
}

async function requireMembership(
  op: OperationContext,
  room: RoomRecord,
  memberId: string,
): Promise<RoomMembershipRecord> {
  const membership = await roomMemberships.get(op, [room.AccountId, room.RoomId], memberId);
  if (!membership)
    throw notFound(
      `${op.operation}: ${memberId} (MemberId) is not a member of room ${room.RoomId}`,
    );
  return membership;
}

export async function createRoomMembership(
  op: OperationContext,
  input: CreateRoomMembershipRequest,
): Promise<CreateRoomMembershipResponse> {
  const room = await requireRoom(op, input.AccountId, input.RoomId);
  const membership = await addMember(op, room, input.MemberId, input.Role as RoomRole | undefined);
  return { RoomMembership: await toRoomMembership(op, room, membership) };
}

/** Each member is added or fails alone; failures come back in `Errors`. */
export async function batchCreateRoomMembership(
  op: OperationContext,
  input: BatchCreateRoomMembershipRequest,
): Promise<BatchCreateRoomMembershipResponse> {
  const room = await requireRoom(op, input.AccountId, input.RoomId);
  if (input.MembershipItemList.length > BATCH_MEMBERSHIP_LIMIT) {
    throw badRequest(
      `BatchCreateRoomMembership: MembershipItemList has ${input.MembershipItemList.length} items; at most ${BATCH_MEMBERSHIP_LIMIT} are allowed`,
    );
  }
  const errors: MemberError[] = [];
  for (const item of input.MembershipItemList) {
    try {
      await addMember(op, room, item.MemberId, item.Role as RoomRole | undefined);
    } catch (error) {
      if (!(error instanceof EmulatorError)) throw error;
      errors.push(
        defined({
          MemberId: item.MemberId,
          ErrorCode: error.code as MemberError["ErrorCode"],
          ErrorMessage: error.message,
        }),
      );
    }
  }
  return { Errors: errors };
}

/** Only a user member's role can change (reference: "updated only for user IDs"). */
export async function updateRoomMembership(
  op: OperationContext,
  input: UpdateRoomMembershipRequest,
): Promise<UpdateRoomMembershipResponse> {
  const room = await requireRoom(op, input.AccountId, input.RoomId);
  const membership = await requireMembership(op, room, input.MemberId);
  if (membership.MemberType !== "User") {
    throw badRequest(
      `UpdateRoomMembership: ${input.MemberId} is a ${membership.MemberType}; only a user's role can be updated`,
    );
  }
  const updated = await roomMemberships.update(op, [room.AccountId, room.RoomId], membership, {
    ...membership,
    Role: (input.Role as RoomRole | undefined) ?? membership.Role,
    UpdatedTimestamp: iso(op.now),
  });
  return { RoomMembership: await toRoomMembership(op, room, updated) };
}

export async function deleteRoomMembership(
  op: OperationContext,
  input: DeleteRoomMembershipRequest,
): Promise<DeleteRoomMembershipResponse> {
  const room = await requireRoom(op, input.AccountId, input.RoomId);
  const membership = await requireMembership(op, room, input.MemberId);
  await roomMemberships.remove(op, [room.AccountId, room.RoomId], membership);
  return {};
}

export async function listRoomMemberships(
  op: OperationContext,
  input: ListRoomMembershipsRequest,
): Promise<ListRoomMembershipsResponse> {
  const room = await requireRoom(op, input.AccountId, input.RoomId);
  const page = await roomMemberships.list(op, [room.AccountId, room.RoomId], {
    operation: "ListRoomMemberships",
    maxResults: input.MaxResults,
    nextToken: input.NextToken,
  });
  const memberships = await Promise.all(
    page.items.map((membership) => toRoomMembership(op, room, membership)),
  );
  return defined({ RoomMemberships: memberships, NextToken: page.nextToken });
}
