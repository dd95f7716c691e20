import {
  ChimeClient,
  CreateAccountCommand,
  GetAccountCommand,
  NotFoundException,
} from "@chimekit/client";
import { chimeMockHandler } from "@chimekit/mocks";
import { expect, it } from "vitest";

const handler = chimeMockHandler();
const client = new ChimeClient({
  requestHandler: handler,
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
  maxAttempts: 3,
});

it("retries a throttled call through the real client stack, with no socket", async () => {
  const { Account } = await client.send(new CreateAccountCommand({ Name: "Example Corp" }));
  handler.faults.add({ operation: "GetAccount", error: "ServiceUnavailableException", count: 1 });

  const read = await client.send(new GetAccountCommand({ AccountId: Account!.AccountId }));

  expect(read.Account?.Name).toBe("Example Corp");
  expect(read.$metadata.attempts).toBe(2);
});

it("throws the modeled error class", async () => {
  const missing = client.send(
    new GetAccountCommand({ AccountId: "00000000-0000-4000-8000-000000000000" }),
  );

  await expect(missing).rejects.toBeInstanceOf(NotFoundException);
});
