import { ChimeClient, CreateAccountCommand, GetAccountCommand } from "@chimekit/client";
import { startChimeMock, type ChimeMock } from "@chimekit/mocks";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";

let mock: ChimeMock;
let client: ChimeClient;

beforeAll(async () => {
  mock = await startChimeMock();
  client = new ChimeClient(mock.clientConfig);
});
afterEach(() => mock.reset());
afterAll(() => mock.close());

it("creates and reads an account over HTTP", async () => {
  const { Account } = await client.send(new CreateAccountCommand({ Name: "Example Corp" }));
  const read = await client.send(new GetAccountCommand({ AccountId: Account!.AccountId }));

  expect(read.Account?.Name).toBe("Example Corp");
  expect(mock.calls().map((call) => call.operation)).toEqual(["CreateAccount", "GetAccount"]);
});

it("starts every test from an empty emulator", () => {
  expect(mock.calls()).toEqual([]);
});
