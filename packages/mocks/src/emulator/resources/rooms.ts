import type {
  CreateRoomRequest,
  CreateRoomResponse,
  DeleteRoomRequest,
  DeleteRoomResponse,
  GetRoomRequest,
  GetRoomResponse,
  ListRoomsRequest,
  ListRoomsResponse,
  Room,
  UpdateRoomRequest,
  UpdateRoomResponse,
} from "@chimekit/types";
import { badRequest } from "../engine/errors.js";
import { iso, type OperationContext } from "../engine/operation-context.js";
import { scopeKey } from "../engine/scope.js";
import { roomMemberships, rooms } from "./collections.js";
import { requireAccount, requireRoom } from "./lookups.js";
import type { RoomRecord } from "./records.js";
import { date, defined } from "./wire.js";

export function toRoom(record: RoomRecord): Room {
  return {
    RoomId: record.RoomId,
    Name: record.Name,
    AccountId: record.AccountId,
    CreatedBy: record.CreatedBy,
    CreatedTimestamp: date(record.CreatedTimestamp),
    UpdatedTimestamp: date(record.UpdatedTimestamp),
  };
}

/**
 * Idempotent on ClientRequestToken: repeating a call with the same token and
 * name returns the room the first call made; the same token with another
 * name is refused.
 */
export async function createRoom(
  op: OperationContext,
  input: CreateRoomRequest,
): Promise<CreateRoomResponse> {
  const account = await requireAccount(op, input.AccountId);
  if (input.ClientRequestToken !== undefined) {
    const earlier = await rooms.findBy(
      op,
      [account.AccountId],
      "clientRequestToken",
      input.ClientRequestToken,
    );
    if (earlier) {
      if (earlier.Name !== input.Name) {
        throw badRequest(
          `CreateRoom: ClientRequestToken ${input.ClientRequestToken} already created room ${earlier.RoomId} named "${earlier.Name}"; use a new token for a room named "${input.Name}"`,
        );
      }
      return { Room: toRoom(earlier) };
    }
  }
  const room = await rooms.insert(op, [account.AccountId], {
    RoomId: op.ids.uuid(),
    AccountId: account.AccountId,
    Name: input.Name,
    CreatedBy: op.caller.arn,
    CreatedTimestamp: iso(op.now),
    UpdatedTimestamp: iso(op.now),
    ClientRequestToken: input.ClientRequestToken,
  });
  return { Room: toRoom(room) };
}

export async function getRoom(
  op: OperationContext,
  input: GetRoomRequest,
): Promise<GetRoomResponse> {
  return { Room: toRoom(await requireRoom(op, input.AccountId, input.RoomId)) };
}

export async function updateRoom(
  op: OperationContext,
  input: UpdateRoomRequest,
): Promise<UpdateRoomResponse> {
  const room = await requireRoom(op, input.AccountId, input.RoomId);
  const updated = await rooms.update(op, [input.AccountId], room, {
    ...room,
    Name: input.Name ?? room.Name,
    UpdatedTimestamp: iso(op.now),
  });
  return { Room: toRoom(updated) };
}

/** Deleting a room removes its memberships with it. */
export async function deleteRoom(
  op: OperationContext,
  input: DeleteRoomRequest,
): Promise<DeleteRoomResponse> {
  const room = await requireRoom(op, input.AccountId, input.RoomId);
  await op.tx.deleteScope(op.awsAccountId, scopeKey([room.AccountId, room.RoomId]));
  await rooms.remove(op, [room.AccountId], room);
  return {};
}

/** Filter: `MemberId` keeps the rooms that user or bot is a member of. */
export async function listRooms(
  op: OperationContext,
  input: ListRoomsRequest,
): Promise<ListRoomsResponse> {
  const account = await requireAccount(op, input.AccountId);
  const memberId = input.MemberId;
  const page = await rooms.list(
    op,
    [account.AccountId],
    { operation: "ListRooms", maxResults: input.MaxResults, nextToken: input.NextToken },
    memberId === undefined
      ? undefined
      : async (room) =>
          (await roomMemberships.get(op, [room.AccountId, room.RoomId], memberId)) !== undefined,
  );
  return defined({ Rooms: page.items.map(toRoom), NextToken: page.nextToken });
}
