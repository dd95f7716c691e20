import { ChimeClient, CreateAccountCommand, ListAccountsCommand } from "@chimekit/client";
import { describe, expect, it } from "vitest";
import { startChimeMock } from "../../src/helpers/start-chime-mock.js";

describe("startChimeMock", () => {
  it("serves on an ephemeral loopback port and filters the call history", async () => {
    const mock = await startChimeMock();
    try {
      expect(mock.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(mock.endpoint).not.toMatch(/:4580$/);
      const client = new ChimeClient(mock.clientConfig);
      await client.send(new CreateAccountCommand({ Name: "One" }));
      await client.send(new ListAccountsCommand({}));

      expect(mock.calls({ operation: "ListAccounts" })).toHaveLength(1);
      expect(mock.calls()[0]?.input).toEqual({ Name: "One" });
    } finally {
      await mock.close();
    }
  });

  it("gives two mocks separate state", async () => {
    const [first, second] = await Promise.all([startChimeMock(), startChimeMock()]);
    try {
      await new ChimeClient(first.clientConfig).send(
        new CreateAccountCommand({ Name: "Only here" }),
      );
      const listed = await new ChimeClient(second.clientConfig).send(new ListAccountsCommand({}));
      expect(listed.Accounts).toEqual([]);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it("stops accepting connections once closed", async () => {
    const mock = await startChimeMock();
    await mock.close();
    await expect(fetch(`${mock.endpoint}/accounts`)).rejects.toThrow();
  });
});
