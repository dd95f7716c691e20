import { expect, it } from "vitest";
import { operationTable, type OperationName } from "../../src/generated/operations.js";
import { operationHandlers } from "../../src/emulator/operation-handlers.js";
import { scenario } from "../support/scenario.js";

it("has rules for every operation of the model and nothing else", () => {
  expect(Object.keys(operationHandlers).sort()).toEqual(Object.keys(operationTable).sort());
  expect(Object.keys(operationTable)).toHaveLength(62);
  for (const handler of Object.values(operationHandlers)) expect(typeof handler).toBe("function");
});

scenario("every operation over HTTP", ({ env, chime }) => {
  it("answers each of the 62 operations with its output or one of its modeled errors, never 'not implemented'", async () => {
    const c = chime();
    const AccountId = (await c.createAccount({ Name: "all ops" })).Account!.AccountId!;
    const UserId = (await c.createUser({ AccountId, Email: "all@example.com" })).User!.UserId!;
    const BotId = (await c.createBot({ AccountId, DisplayName: "all" })).Bot!.BotId!;
    const RoomId = (await c.createRoom({ AccountId, Name: "all" })).Room!.RoomId!;
    const order = await c.createPhoneNumberOrder({
      ProductType: "BusinessCalling",
      E164PhoneNumbers: ["+12065550150"],
    });
    const PhoneNumberOrderId = order.PhoneNumberOrder!.PhoneNumberOrderId!;
    const number = "+12065550150";
    const inputs: Record<OperationName, object> = {
      AssociatePhoneNumberWithUser: { AccountId, UserId, E164PhoneNumber: number },
      AssociateSigninDelegateGroupsWithAccount: {
        AccountId,
        SigninDelegateGroups: [{ GroupName: "g" }],
      },
      BatchCreateRoomMembership: { AccountId, RoomId, MembershipItemList: [{ MemberId: BotId }] },
      BatchDeletePhoneNumber: { PhoneNumberIds: ["+19995550100"] },
      BatchSuspendUser: { AccountId, UserIdList: ["nobody"] },
      BatchUnsuspendUser: { AccountId, UserIdList: [UserId] },
      BatchUpdatePhoneNumber: {
        UpdatePhoneNumberRequestItems: [{ PhoneNumberId: number, CallingName: "Acme" }],
      },
      BatchUpdateUser: { AccountId, UpdateUserRequestItems: [{ UserId, LicenseType: "Basic" }] },
      CreateAccount: { Name: "another" },
      CreateBot: { AccountId, DisplayName: "another" },
      CreateMeetingDialOut: {
        MeetingId: "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee",
        FromPhoneNumber: number,
        ToPhoneNumber: "+12065550111",
        JoinToken: "dG9rZW4",
      },
      CreatePhoneNumberOrder: {
        ProductType: "BusinessCalling",
        E164PhoneNumbers: ["+12065550151"],
      },
      CreateRoom: { AccountId, Name: "another" },
      CreateRoomMembership: { AccountId, RoomId, MemberId: UserId },
      CreateUser: { AccountId, Email: "another@example.com" },
      DeleteAccount: { AccountId: "missing" },
      DeleteEventsConfiguration: { AccountId, BotId },
      DeletePhoneNumber: { PhoneNumberId: "+12065550151" },
      DeleteRoom: { AccountId, RoomId: "missing" },
      DeleteRoomMembership: { AccountId, RoomId, MemberId: BotId },
      DisassociatePhoneNumberFromUser: { AccountId, UserId },
      DisassociateSigninDelegateGroupsFromAccount: { AccountId, GroupNames: ["g"] },
      GetAccount: { AccountId },
      GetAccountSettings: { AccountId },
      GetBot: { AccountId, BotId },
      GetEventsConfiguration: { AccountId, BotId },
      GetGlobalSettings: {},
      GetPhoneNumber: { PhoneNumberId: number },
      GetPhoneNumberOrder: { PhoneNumberOrderId },
      GetPhoneNumberSettings: {},
      GetRetentionSettings: { AccountId },
      GetRoom: { AccountId, RoomId },
      GetUser: { AccountId, UserId },
      GetUserSettings: { AccountId, UserId },
      InviteUsers: { AccountId, UserEmailList: ["invited@example.com"] },
      ListAccounts: {},
      ListBots: { AccountId },
      ListPhoneNumberOrders: {},
      ListPhoneNumbers: {},
      ListRoomMemberships: { AccountId, RoomId },
      ListRooms: { AccountId },
      ListSupportedPhoneNumberCountries: { ProductType: "VoiceConnector" },
      ListUsers: { AccountId },
      LogoutUser: { AccountId, UserId },
      PutEventsConfiguration: {
        AccountId,
        BotId,
        OutboundEventsHTTPSEndpoint: "https://example.com/e",
      },
      PutRetentionSettings: { AccountId, RetentionSettings: {} },
      RedactConversationMessage: { AccountId, ConversationId: "c", MessageId: "m" },
      RedactRoomMessage: { AccountId, RoomId, MessageId: "m" },
      RegenerateSecurityToken: { AccountId, BotId },
      ResetPersonalPIN: { AccountId, UserId },
      RestorePhoneNumber: { PhoneNumberId: "+12065550151" },
      SearchAvailablePhoneNumbers: { AreaCode: "206" },
      UpdateAccount: { AccountId, Name: "renamed" },
      UpdateAccountSettings: { AccountId, AccountSettings: { EnableDialOut: true } },
      UpdateBot: { AccountId, BotId, Disabled: true },
      UpdateGlobalSettings: { BusinessCalling: { CdrBucket: "b" } },
      UpdatePhoneNumber: { PhoneNumberId: number, ProductType: "BusinessCalling" },
      UpdatePhoneNumberSettings: { CallingName: "Acme" },
      UpdateRoom: { AccountId, RoomId, Name: "renamed" },
      UpdateRoomMembership: { AccountId, RoomId, MemberId: UserId, Role: "Administrator" },
      UpdateUser: { AccountId, UserId, LicenseType: "Pro" },
      UpdateUserSettings: {
        AccountId,
        UserId,
        UserSettings: { Telephony: { InboundCalling: true, OutboundCalling: true, SMS: true } },
      },
    };
    const client = c as unknown as Record<string, (input: object) => Promise<unknown>>;
    for (const operation of Object.keys(operationTable).sort() as OperationName[]) {
      const before = env().running.calls.list({ operation }).length;
      const outcome = await client[operationTable[operation].method](inputs[operation]).then(
        () => "ok",
        (error: Error) => error.name,
      );
      expect(
        outcome === "ok" ||
          (operationTable[operation].errors as readonly string[]).includes(outcome),
        `${operation} answered ${outcome}`,
      ).toBe(true);
      expect(
        env().running.calls.list({ operation }).length,
        `${operation} reached the emulator`,
      ).toBe(before + 1);
    }
  });
});
