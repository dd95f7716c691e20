import type { KnownIds } from "./schema-arbitraries.js";

async function call(url: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : {};
}

/**
 * Empties the emulator and creates one of each main resource (account, user,
 * room, membership, bot, phone number), so fuzzed labels reach real resources.
 */
export async function resetWithFixtures(url: string): Promise<KnownIds> {
  await call(url, "POST", "/_chimekit/reset");
  const { Account } = (await call(url, "POST", "/accounts", { Name: "fuzz" })) as {
    Account: { AccountId: string };
  };
  const AccountId = Account.AccountId;
  const { User } = (await call(url, "POST", `/accounts/${AccountId}/users?operation=create`, {
    Email: "fuzz@example.com",
    Username: "fuzz",
  })) as { User: { UserId: string } };
  const { Room } = (await call(url, "POST", `/accounts/${AccountId}/rooms`, { Name: "fuzz" })) as {
    Room: { RoomId: string };
  };
  await call(url, "POST", `/accounts/${AccountId}/rooms/${Room.RoomId}/memberships`, {
    MemberId: User.UserId,
  });
  const { Bot } = (await call(url, "POST", `/accounts/${AccountId}/bots`, {
    DisplayName: "fuzz bot",
    Domain: "example.com",
  })) as { Bot: { BotId: string } };
  const PhoneNumber = "+12065550100";
  await call(url, "POST", "/phone-number-orders", {
    ProductType: "BusinessCalling",
    E164PhoneNumbers: [PhoneNumber],
  });
  return {
    AccountId: [AccountId],
    UserId: [User.UserId],
    RoomId: [Room.RoomId],
    MemberId: [User.UserId],
    BotId: [Bot.BotId],
    PhoneNumberId: [PhoneNumber],
    E164PhoneNumber: [PhoneNumber],
  };
}
