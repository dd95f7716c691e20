import { expect, it } from "vitest";
import { expectError } from "../support/expect-error.js";
import { scenario } from "../support/scenario.js";

scenario("global settings, redaction and dial-out", ({ env, chime }) => {
  it("S1: global settings hold the call detail record buckets; an update keeps what it leaves out", async () => {
    expect(await chime().getGlobalSettings({})).toMatchObject({});
    await chime().updateGlobalSettings({ BusinessCalling: { CdrBucket: "business-bucket" } });
    await chime().updateGlobalSettings({ VoiceConnector: { CdrBucket: "voice-bucket" } });
    const settings = await chime().getGlobalSettings({});
    expect(settings.BusinessCalling).toEqual({ CdrBucket: "business-bucket" });
    expect(settings.VoiceConnector).toEqual({ CdrBucket: "voice-bucket" });
  });

  it("S2: redacting a conversation or room message is recorded once; the room must exist", async () => {
    const AccountId = (await chime().createAccount({ Name: "S2" })).Account!.AccountId!;
    const RoomId = (await chime().createRoom({ AccountId, Name: "room" })).Room!.RoomId!;
    await chime().redactConversationMessage({
      AccountId,
      ConversationId: "conv-1",
      MessageId: "msg-1",
    });
    await chime().redactRoomMessage({ AccountId, RoomId, MessageId: "msg-2" });
    await chime().redactRoomMessage({ AccountId, RoomId, MessageId: "msg-2" });
    await expectError(
      chime().redactRoomMessage({ AccountId, RoomId: "no-room", MessageId: "m" }),
      "NotFoundException",
    );
    await expectError(
      chime().redactConversationMessage({
        AccountId: "no-account",
        ConversationId: "c",
        MessageId: "m",
      }),
      "NotFoundException",
    );
    const state = await env().emulator.exportState();
    const redactions = Object.values(state.awsAccounts)
      .flatMap((partition) => partition.records)
      .filter((record) => record.collection === "Redaction")
      .map((record) => record.value);
    expect(redactions).toEqual([
      expect.objectContaining({ ConversationId: "conv-1", MessageId: "msg-1" }),
      expect.objectContaining({ RoomId, MessageId: "msg-2" }),
    ]);
  });

  it("S3: CreateMeetingDialOut returns a TransactionId and only dials from a number the AWS account holds", async () => {
    const MeetingId = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
    const refused = await expectError(
      chime().createMeetingDialOut({
        MeetingId,
        FromPhoneNumber: "+12065550199",
        ToPhoneNumber: "+12065550111",
        JoinToken: "dG9rZW4",
      }),
      "AccessDeniedException",
      403,
    );
    expect(refused.message).toContain("+12065550199");
    await chime().createPhoneNumberOrder({
      ProductType: "SipMediaApplicationDialIn",
      E164PhoneNumbers: ["+12065550199"],
    });
    const { TransactionId } = await chime().createMeetingDialOut({
      MeetingId,
      FromPhoneNumber: "+12065550199",
      ToPhoneNumber: "+12065550111",
      JoinToken: "dG9rZW4",
    });
    expect(TransactionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it("E3: an error a rule raises that the operation does not model reaches the client as its BadRequestException", async () => {
    const AccountId = (await chime().createAccount({ Name: "E3" })).Account!.AccountId!;
    const error = await expectError(
      chime().deleteEventsConfiguration({ AccountId, BotId: "missing-bot" }),
      "BadRequestException",
      400,
    );
    expect(error.Code).toBe("BadRequest");
  });
});
