import { expect, it } from "vitest";
import { expectError } from "../support/expect-error.js";
import { scenario } from "../support/scenario.js";

scenario("rooms and memberships", ({ chime }) => {
  const newAccount = async (Name: string) =>
    (await chime().createAccount({ Name })).Account!.AccountId!;

  it("R1: CreateRoom records its creator and is idempotent on ClientRequestToken", async () => {
    const AccountId = await newAccount("R1");
    const { Room } = await chime().createRoom({
      AccountId,
      Name: "general",
      ClientRequestToken: "token-r1",
    });
    expect(Room).toMatchObject({
      AccountId,
      Name: "general",
      CreatedTimestamp: new Date("2025-01-01T00:00:00.000Z"),
    });
    expect(Room!.CreatedBy).toMatch(/^arn:aws:iam::\d{12}:user\/AKIDSCENARIODEFAULT$/);
    const again = await chime().createRoom({
      AccountId,
      Name: "general",
      ClientRequestToken: "token-r1",
    });
    expect(again.Room!.RoomId).toBe(Room!.RoomId);
    await expectError(
      chime().createRoom({ AccountId, Name: "other", ClientRequestToken: "token-r1" }),
      "BadRequestException",
    );
    const distinct = await chime().createRoom({ AccountId, Name: "general" });
    expect(distinct.Room!.RoomId).not.toBe(Room!.RoomId);
    expect((await chime().listRooms({ AccountId })).Rooms).toHaveLength(2);
  });

  it("R2: UpdateRoom renames; DeleteRoom removes the room and its memberships", async () => {
    const AccountId = await newAccount("R2");
    const { Room } = await chime().createRoom({ AccountId, Name: "before" });
    const RoomId = Room!.RoomId!;
    expect((await chime().updateRoom({ AccountId, RoomId, Name: "after" })).Room!.Name).toBe(
      "after",
    );
    expect((await chime().getRoom({ AccountId, RoomId })).Room!.Name).toBe("after");
    const { User } = await chime().createUser({ AccountId, Email: "r2@example.com" });
    await chime().createRoomMembership({ AccountId, RoomId, MemberId: User!.UserId! });
    await chime().deleteRoom({ AccountId, RoomId });
    await expectError(chime().getRoom({ AccountId, RoomId }), "NotFoundException");
    await expectError(chime().listRoomMemberships({ AccountId, RoomId }), "NotFoundException");
    expect((await chime().listRooms({ AccountId, MemberId: User!.UserId! })).Rooms).toEqual([]);
  });

  it("R3: ListRooms filters by member", async () => {
    const AccountId = await newAccount("R3");
    const { User } = await chime().createUser({ AccountId, Email: "r3@example.com" });
    const rooms = [];
    for (const Name of ["one", "two", "three"])
      rooms.push((await chime().createRoom({ AccountId, Name })).Room!);
    await chime().createRoomMembership({
      AccountId,
      RoomId: rooms[0].RoomId!,
      MemberId: User!.UserId!,
    });
    await chime().createRoomMembership({
      AccountId,
      RoomId: rooms[2].RoomId!,
      MemberId: User!.UserId!,
    });
    const mine = await chime().listRooms({ AccountId, MemberId: User!.UserId! });
    expect(mine.Rooms!.map((r) => r.Name)).toEqual(["one", "three"]);
  });

  it("R4: a member is a user or bot of the account, added once, as Member unless told otherwise", async () => {
    const AccountId = await newAccount("R4");
    const { User } = await chime().createUser({
      AccountId,
      Email: "r4@example.com",
      Username: "Jane Doe",
    });
    const { Bot } = await chime().createBot({ AccountId, DisplayName: "helper" });
    const { Room } = await chime().createRoom({ AccountId, Name: "room" });
    const RoomId = Room!.RoomId!;
    const { RoomMembership } = await chime().createRoomMembership({
      AccountId,
      RoomId,
      MemberId: User!.UserId!,
    });
    expect(RoomMembership).toMatchObject({
      RoomId,
      Role: "Member",
      Member: {
        MemberId: User!.UserId,
        MemberType: "User",
        Email: "r4@example.com",
        FullName: "Jane Doe",
        AccountId,
      },
    });
    const bot = await chime().createRoomMembership({
      AccountId,
      RoomId,
      MemberId: Bot!.BotId!,
      Role: "Administrator",
    });
    expect(bot.RoomMembership!.Member).toMatchObject({ MemberType: "Bot", Email: Bot!.BotEmail });
    expect(bot.RoomMembership!.Role).toBe("Administrator");
    await expectError(
      chime().createRoomMembership({ AccountId, RoomId, MemberId: User!.UserId! }),
      "ConflictException",
      409,
    );
    const other = await newAccount("R4 other");
    const { User: stranger } = await chime().createUser({
      AccountId: other,
      Email: "stranger@example.com",
    });
    await expectError(
      chime().createRoomMembership({ AccountId, RoomId, MemberId: stranger!.UserId! }),
      "NotFoundException",
      404,
    );
  });

  it("R5: BatchCreateRoomMembership adds up to 50 members and reports each failure", async () => {
    const AccountId = await newAccount("R5");
    const { Room } = await chime().createRoom({ AccountId, Name: "room" });
    const RoomId = Room!.RoomId!;
    const a = (await chime().createUser({ AccountId, Email: "r5a@example.com" })).User!.UserId!;
    const b = (await chime().createUser({ AccountId, Email: "r5b@example.com" })).User!.UserId!;
    const result = await chime().batchCreateRoomMembership({
      AccountId,
      RoomId,
      MembershipItemList: [
        { MemberId: a, Role: "Administrator" },
        { MemberId: b },
        { MemberId: "nobody" },
        { MemberId: a },
      ],
    });
    expect(result.$metadata.httpStatusCode).toBe(201);
    expect(result.Errors!.map((e) => [e.MemberId, e.ErrorCode])).toEqual([
      ["nobody", "NotFound"],
      [a, "Conflict"],
    ]);
    const { RoomMemberships } = await chime().listRoomMemberships({ AccountId, RoomId });
    expect(RoomMemberships!.map((m) => [m.Member!.MemberId, m.Role])).toEqual([
      [a, "Administrator"],
      [b, "Member"],
    ]);
    await expectError(
      chime().batchCreateRoomMembership({
        AccountId,
        RoomId,
        MembershipItemList: Array.from({ length: 51 }, () => ({ MemberId: a })),
      }),
      "BadRequestException",
    );
  });

  it("R6: UpdateRoomMembership changes a user's role and refuses bots", async () => {
    const AccountId = await newAccount("R6");
    const { Room } = await chime().createRoom({ AccountId, Name: "room" });
    const RoomId = Room!.RoomId!;
    const userId = (await chime().createUser({ AccountId, Email: "r6@example.com" })).User!.UserId!;
    const botId = (await chime().createBot({ AccountId, DisplayName: "r6" })).Bot!.BotId!;
    await chime().batchCreateRoomMembership({
      AccountId,
      RoomId,
      MembershipItemList: [{ MemberId: userId }, { MemberId: botId }],
    });
    const updated = await chime().updateRoomMembership({
      AccountId,
      RoomId,
      MemberId: userId,
      Role: "Administrator",
    });
    expect(updated.RoomMembership!.Role).toBe("Administrator");
    const refused = await expectError(
      chime().updateRoomMembership({ AccountId, RoomId, MemberId: botId, Role: "Administrator" }),
      "BadRequestException",
    );
    expect(refused.message).toContain("Bot");
    await expectError(
      chime().updateRoomMembership({ AccountId, RoomId, MemberId: "nobody", Role: "Member" }),
      "NotFoundException",
    );
  });

  it("R7: DeleteRoomMembership removes a member; ListRoomMemberships pages with MaxResults 1..99", async () => {
    const AccountId = await newAccount("R7");
    const { Room } = await chime().createRoom({ AccountId, Name: "room" });
    const RoomId = Room!.RoomId!;
    const ids = [];
    for (let i = 0; i < 3; i += 1)
      ids.push(
        (await chime().createUser({ AccountId, Email: `r7-${i}@example.com` })).User!.UserId!,
      );
    await chime().batchCreateRoomMembership({
      AccountId,
      RoomId,
      MembershipItemList: ids.map((MemberId) => ({ MemberId })),
    });
    await chime().deleteRoomMembership({ AccountId, RoomId, MemberId: ids[1] });
    await expectError(
      chime().deleteRoomMembership({ AccountId, RoomId, MemberId: ids[1] }),
      "NotFoundException",
    );
    const first = await chime().listRoomMemberships({ AccountId, RoomId, MaxResults: 1 });
    const second = await chime().listRoomMemberships({
      AccountId,
      RoomId,
      MaxResults: 1,
      NextToken: first.NextToken,
    });
    expect(
      [...first.RoomMemberships!, ...second.RoomMemberships!].map((m) => m.Member!.MemberId),
    ).toEqual([ids[0], ids[2]]);
    expect(second.NextToken).toBeUndefined();
    await expectError(
      chime().listRoomMemberships({ AccountId, RoomId, MaxResults: 100 }),
      "BadRequestException",
    );
  });
});
