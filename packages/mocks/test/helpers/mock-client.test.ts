import {
  ChimeClient,
  CreateAccountCommand,
  GetAccountCommand,
  GetUserCommand,
  NotFoundException,
  ThrottledClientException,
} from "@chimekit/client";
import { afterEach, describe, expect, it } from "vitest";
import { mockClient } from "../../src/helpers/mock-client.js";

const client = () => new ChimeClient({ region: "us-east-1" });
const getUser = (UserId: string) => new GetUserCommand({ AccountId: "a", UserId });

describe("mockClient", () => {
  const ownSend = ChimeClient.prototype.send;
  const chime = mockClient(ChimeClient);
  afterEach(() => chime.reset());

  it("answers once-responses in order, then the lasting one", async () => {
    chime
      .on(GetUserCommand)
      .resolves({ User: { UserId: "always" } })
      .resolvesOnce({ User: { UserId: "first" } })
      .rejectsOnce(ThrottledClientException, "slow down");
    const c = client();

    expect((await c.send(getUser("u"))).User?.UserId).toBe("first");
    await expect(c.send(getUser("u"))).rejects.toMatchObject({
      name: "ThrottledClientException",
      message: "slow down",
    });
    expect((await c.send(getUser("u"))).User?.UserId).toBe("always");
    expect((await c.send(getUser("u"))).$metadata).toEqual({});
  });

  it("prefers a stub whose partial input matches, compared deeply", async () => {
    chime
      .on(CreateAccountCommand)
      .resolves({ Account: { AccountId: "any", AwsAccountId: "1", Name: "x" } });
    chime.on(CreateAccountCommand, { Name: "special" }).callsFake((input) => ({
      Account: { AccountId: "special", AwsAccountId: "1", Name: input.Name },
    }));

    const special = await client().send(new CreateAccountCommand({ Name: "special" }));
    const other = await client().send(new CreateAccountCommand({ Name: "other" }));

    expect(special.Account?.AccountId).toBe("special");
    expect(other.Account?.AccountId).toBe("any");
  });

  it("rejects with a modeled error class, an instance or a message", async () => {
    const instance = new NotFoundException({ message: "no such user", $metadata: {} });
    chime.on(GetUserCommand, { UserId: "class" }).rejects(NotFoundException);
    chime.on(GetUserCommand, { UserId: "instance" }).rejects(instance);
    chime.on(GetUserCommand, { UserId: "text" }).rejects("plain failure");

    const error = await client()
      .send(getUser("class"))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundException);
    expect((error as NotFoundException).$fault).toBe("client");
    await expect(client().send(getUser("instance"))).rejects.toBe(instance);
    await expect(client().send(getUser("text"))).rejects.toThrow("plain failure");
  });

  it("resolves commands without a stub to undefined and records every call", async () => {
    chime.on(GetUserCommand).resolves({});

    expect(await client().send(new GetAccountCommand({ AccountId: "a" }))).toBeUndefined();
    await client().send(getUser("u"));

    expect(chime.calls().map((call) => call.command.constructor.name)).toEqual([
      "GetAccountCommand",
      "GetUserCommand",
    ]);
    expect(chime.commandCalls(GetAccountCommand)[0]?.input).toEqual({ AccountId: "a" });
    expect(chime.commandCalls(GetUserCommand, { UserId: "other" })).toEqual([]);
  });

  it("answers the callback form of send", async () => {
    chime.on(GetUserCommand).resolves({ User: { UserId: "cb" } });
    const output = await new Promise((resolve, reject) =>
      client().send(getUser("u"), (error: unknown, data?: unknown) =>
        error ? reject(error) : resolve(data),
      ),
    );
    expect(output).toMatchObject({ User: { UserId: "cb" } });
  });

  it("forgets stubs and calls on reset", async () => {
    chime.on(GetUserCommand).resolves({ User: { UserId: "u" } });
    await client().send(getUser("u"));
    chime.reset();

    expect(chime.calls()).toEqual([]);
    expect(await client().send(getUser("u"))).toBeUndefined();
  });

  it("mocks one instance, and restore puts the real send back", async () => {
    const single = client();
    const instanceMock = mockClient(single);
    instanceMock.on(GetUserCommand).resolves({ User: { UserId: "instance" } });

    expect((await single.send(getUser("u"))).User?.UserId).toBe("instance");
    expect(chime.calls()).toEqual([]);
    instanceMock.restore();
    expect(Object.hasOwn(single, "send")).toBe(false);

    chime.restore();
    expect(ChimeClient.prototype.send).toBe(ownSend);
    const again = mockClient(ChimeClient);
    again.on(GetUserCommand).resolves({ User: { UserId: "again" } });
    expect((await client().send(getUser("u"))).User?.UserId).toBe("again");
    again.restore();
    expect(ChimeClient.prototype.send).toBe(ownSend);
  });
});
