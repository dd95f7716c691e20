import {
  ChimeClient,
  CreateAccountCommand,
  CreateUserCommand,
  ListAccountsCommand,
  ListUsersCommand,
  ThrottledClientException,
} from "@chimekit/client";
import { describe, expect, it } from "vitest";
import { chimeMockHandler } from "../../src/helpers/chime-mock-handler.js";

const credentials = { accessKeyId: "AKIDHANDLER", secretAccessKey: "handler-secret" };

describe("chimeMockHandler", () => {
  it("carries query strings with reserved characters to the emulator", async () => {
    const handler = chimeMockHandler();
    const client = new ChimeClient({ requestHandler: handler, credentials });
    const { Account } = await client.send(new CreateAccountCommand({ Name: "Query & Co" }));
    const AccountId = Account!.AccountId;
    await client.send(
      new CreateUserCommand({ AccountId, Email: "a+b@example.com", Username: "ab" }),
    );
    await client.send(new CreateUserCommand({ AccountId, Email: "c@example.com", Username: "c" }));

    const byEmail = await client.send(
      new ListUsersCommand({ AccountId, UserEmail: "a+b@example.com" }),
    );
    const byName = await client.send(new ListAccountsCommand({ Name: "Query & Co" }));

    expect(byEmail.Users?.map((user) => user.PrimaryEmail)).toEqual(["a+b@example.com"]);
    expect(byName.Accounts?.map((account) => account.AccountId)).toEqual([AccountId]);
  });

  it("passes SigV4 checking, so signing runs for real", async () => {
    const handler = chimeMockHandler({
      auth: "sigv4",
      emulatorOptions: {
        accessKeys: {
          AKIDHANDLER: { awsAccountId: "123456789012", secretAccessKey: "handler-secret" },
        },
      },
    });
    const good = new ChimeClient({ requestHandler: handler, credentials });
    const wrongSecret = new ChimeClient({
      requestHandler: handler,
      credentials: { ...credentials, secretAccessKey: "wrong" },
      maxAttempts: 1,
    });

    await good.send(new CreateAccountCommand({ Name: "Signed" }));
    await expect(
      wrongSecret.send(new CreateAccountCommand({ Name: "Unsigned" })),
    ).rejects.toThrow();
    const [signed, refused] = handler.calls.list();
    expect(signed).toMatchObject({ awsAccountId: "123456789012", output: {} });
    expect(signed.error).toBeUndefined();
    // The refused call is kept too, with the error the client got, for whoever debugs it.
    expect(refused).toMatchObject({
      operation: "CreateAccount",
      statusCode: 403,
      error: { name: "InvalidSignatureException" },
      input: { Name: "Unsigned" },
    });
  });

  it("gives up after maxAttempts and reports the last modeled error", async () => {
    const handler = chimeMockHandler();
    const client = new ChimeClient({ requestHandler: handler, credentials, maxAttempts: 2 });
    handler.faults.add({ operation: "ListAccounts", error: "ThrottledClientException", count: 5 });

    const error = await client.send(new ListAccountsCommand({})).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ThrottledClientException);
    expect((error as ThrottledClientException).$metadata.attempts).toBe(2);
  });

  it("forgets state, calls and faults on reset", async () => {
    const handler = chimeMockHandler();
    const client = new ChimeClient({ requestHandler: handler, credentials });
    await client.send(new CreateAccountCommand({ Name: "Before reset" }));
    handler.faults.add({ operation: "ListAccounts", error: "ThrottledClientException" });

    await handler.reset();

    expect(handler.calls.list()).toEqual([]);
    expect(handler.faults.list()).toEqual([]);
    expect((await client.send(new ListAccountsCommand({}))).Accounts).toEqual([]);
  });

  it("refuses a request whose abort signal already fired", async () => {
    const handler = chimeMockHandler();
    const client = new ChimeClient({ requestHandler: handler, credentials, maxAttempts: 1 });
    const controller = new AbortController();
    controller.abort();

    await expect(
      client.send(new ListAccountsCommand({}), { abortSignal: controller.signal }),
    ).rejects.toThrow(/abort/i);
  });
});
