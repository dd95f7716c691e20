import { expect, it } from "vitest";
import { expectError } from "../support/expect-error.js";
import { scenario } from "../support/scenario.js";

scenario("bots", ({ chime }) => {
  const newAccount = async (Name: string) =>
    (await chime().createAccount({ Name })).Account!.AccountId!;

  it("B1: CreateBot issues a ChatBot with an email, a security token and its own user ID", async () => {
    const AccountId = await newAccount("B1");
    const { Bot } = await chime().createBot({
      AccountId,
      DisplayName: "myBot",
      Domain: "example.com",
    });
    expect(Bot).toMatchObject({
      BotEmail: "myBot-chimebot@example.com",
      BotType: "ChatBot",
      Disabled: false,
      DisplayName: "myBot (Bot)",
      UserId: Bot!.BotId,
      CreatedTimestamp: new Date("2025-01-01T00:00:00.000Z"),
    });
    expect(Bot!.SecurityToken).toMatch(/^[A-Za-z0-9+/]{40}$/);
    expect((await chime().getBot({ AccountId, BotId: Bot!.BotId! })).Bot).toEqual(Bot);
    await expectError(chime().getBot({ AccountId, BotId: "nobot" }), "NotFoundException");
    await expectError(
      chime().createBot({ AccountId: "missing", DisplayName: "x" }),
      "NotFoundException",
    );
  });

  it("B2: UpdateBot stops and restarts a bot", async () => {
    const AccountId = await newAccount("B2");
    const { Bot } = await chime().createBot({ AccountId, DisplayName: "b2" });
    expect(
      (await chime().updateBot({ AccountId, BotId: Bot!.BotId!, Disabled: true })).Bot!.Disabled,
    ).toBe(true);
    expect((await chime().getBot({ AccountId, BotId: Bot!.BotId! })).Bot!.Disabled).toBe(true);
    expect(
      (await chime().updateBot({ AccountId, BotId: Bot!.BotId!, Disabled: false })).Bot!.Disabled,
    ).toBe(false);
  });

  it("B3: RegenerateSecurityToken replaces the token", async () => {
    const AccountId = await newAccount("B3");
    const { Bot } = await chime().createBot({ AccountId, DisplayName: "b3" });
    const { Bot: regenerated } = await chime().regenerateSecurityToken({
      AccountId,
      BotId: Bot!.BotId!,
    });
    expect(regenerated!.SecurityToken).not.toBe(Bot!.SecurityToken);
    expect((await chime().getBot({ AccountId, BotId: Bot!.BotId! })).Bot!.SecurityToken).toBe(
      regenerated!.SecurityToken,
    );
  });

  it("B4: ListBots pages by 10 unless MaxResults (1..99) says otherwise", async () => {
    const AccountId = await newAccount("B4");
    for (let i = 0; i < 12; i += 1) await chime().createBot({ AccountId, DisplayName: `bot${i}` });
    const first = await chime().listBots({ AccountId });
    expect(first.Bots).toHaveLength(10);
    const rest = await chime().listBots({ AccountId, NextToken: first.NextToken });
    expect(rest.Bots!.map((b) => b.DisplayName)).toEqual(["bot10 (Bot)", "bot11 (Bot)"]);
    expect(rest.NextToken).toBeUndefined();
    await expectError(chime().listBots({ AccountId, MaxResults: 100 }), "BadRequestException");
  });

  it("B5: an events configuration is an HTTPS endpoint or a Lambda ARN, never both; get and delete follow it", async () => {
    const AccountId = await newAccount("B5");
    const { Bot } = await chime().createBot({ AccountId, DisplayName: "b5" });
    const BotId = Bot!.BotId!;
    await expectError(chime().getEventsConfiguration({ AccountId, BotId }), "NotFoundException");
    const both = await expectError(
      chime().putEventsConfiguration({
        AccountId,
        BotId,
        OutboundEventsHTTPSEndpoint: "https://example.com/events",
        LambdaFunctionArn: "arn:aws:lambda:us-east-1:111122223333:function:events",
      }),
      "BadRequestException",
      400,
    );
    expect(both.message).toContain("not both");
    await expectError(chime().putEventsConfiguration({ AccountId, BotId }), "BadRequestException");
    await expectError(
      chime().putEventsConfiguration({
        AccountId,
        BotId,
        OutboundEventsHTTPSEndpoint: "http://example.com",
      }),
      "BadRequestException",
    );
    const put = await chime().putEventsConfiguration({
      AccountId,
      BotId,
      LambdaFunctionArn: "arn:aws:lambda:us-east-1:111122223333:function:events",
    });
    expect(put.EventsConfiguration).toEqual({
      BotId,
      LambdaFunctionArn: "arn:aws:lambda:us-east-1:111122223333:function:events",
    });
    await chime().putEventsConfiguration({
      AccountId,
      BotId,
      OutboundEventsHTTPSEndpoint: "https://example.com/events",
    });
    expect(
      (await chime().getEventsConfiguration({ AccountId, BotId })).EventsConfiguration,
    ).toEqual({
      BotId,
      OutboundEventsHTTPSEndpoint: "https://example.com/events",
    });
    await chime().deleteEventsConfiguration({ AccountId, BotId });
    await expectError(chime().getEventsConfiguration({ AccountId, BotId }), "NotFoundException");
    await chime().deleteEventsConfiguration({ AccountId, BotId });
    const missing = await expectError(
      chime().deleteEventsConfiguration({ AccountId, BotId: "nobot" }),
      "BadRequestException",
    );
    expect(missing.message).toContain("nobot");
  });
});
