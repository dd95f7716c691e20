import { ChimeClient, GetUserCommand, ListUsersCommand, NotFoundException } from "@chimekit/client";
import { fake, mockClient } from "@chimekit/mocks";
import { afterAll, afterEach, expect, it } from "vitest";

const chime = mockClient(ChimeClient);
afterEach(() => chime.reset());
afterAll(() => chime.restore());

async function displayName(client: ChimeClient, accountId: string, userId: string) {
  try {
    const { User } = await client.send(
      new GetUserCommand({ AccountId: accountId, UserId: userId }),
    );
    return User?.DisplayName ?? "(no name)";
  } catch (error) {
    if (error instanceof NotFoundException) return "(gone)";
    throw error;
  }
}

it("answers each command the way the test says", async () => {
  const user = fake.user({ DisplayName: "Ada" });
  chime.on(GetUserCommand).resolves({ User: user });
  chime.on(GetUserCommand, { UserId: "deleted" }).rejects(NotFoundException);
  chime
    .on(ListUsersCommand)
    .callsFake((input) => ({ Users: [fake.user({ AccountId: input.AccountId })] }));

  const client = new ChimeClient({ region: "us-east-1" });
  expect(await displayName(client, "acct-1", user.UserId)).toBe("Ada");
  expect(await displayName(client, "acct-1", "deleted")).toBe("(gone)");
  const { Users } = await client.send(new ListUsersCommand({ AccountId: "acct-1" }));

  expect(Users?.[0]?.AccountId).toBe("acct-1");
  expect(chime.commandCalls(GetUserCommand)).toHaveLength(2);
  expect(chime.commandCalls(GetUserCommand, { UserId: "deleted" })[0]?.input.AccountId).toBe(
    "acct-1",
  );
});
