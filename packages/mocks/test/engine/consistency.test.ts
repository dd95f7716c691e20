import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SnapshotRecord } from "../../src/store/store.js";
import { engineHarness } from "../support/engine-harness.js";

const NUMBERS = ["+12065550100", "+12065550101", "+12065550102"];

type Command =
  | { kind: "account" }
  | { kind: "user" | "sharedUser" | "bot" | "room"; account: number }
  | { kind: "member"; account: number; room: number; member: number }
  | { kind: "suspendAll" | "deleteAccount"; account: number }
  | { kind: "deleteRoom"; account: number; room: number }
  | { kind: "order"; number: number }
  | { kind: "associate"; account: number; user: number; number: number }
  | { kind: "disassociate"; account: number; user: number }
  | { kind: "deleteNumber" | "restoreNumber"; number: number }
  | { kind: "advanceDays"; days: number };

const index = fc.nat({ max: 3 });
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.constant({ kind: "account" as const }),
  fc.record({
    kind: fc.constantFrom("user" as const, "sharedUser" as const, "bot" as const, "room" as const),
    account: index,
  }),
  fc.record({ kind: fc.constant("member" as const), account: index, room: index, member: index }),
  fc.record({
    kind: fc.constantFrom("suspendAll" as const, "deleteAccount" as const),
    account: index,
  }),
  fc.record({ kind: fc.constant("deleteRoom" as const), account: index, room: index }),
  fc.record({ kind: fc.constant("order" as const), number: fc.nat({ max: 2 }) }),
  fc.record({
    kind: fc.constant("associate" as const),
    account: index,
    user: index,
    number: fc.nat({ max: 2 }),
  }),
  fc.record({ kind: fc.constant("disassociate" as const), account: index, user: index }),
  fc.record({
    kind: fc.constantFrom("deleteNumber" as const, "restoreNumber" as const),
    number: fc.nat({ max: 2 }),
  }),
  fc.record({ kind: fc.constant("advanceDays" as const), days: fc.integer({ min: 1, max: 8 }) }),
);

/** The invariants the reference implies: nothing refers to what does not exist, and links agree both ways. */
function checkConsistency(records: SnapshotRecord[]): void {
  const of = (collection: string) => records.filter((r) => r.collection === collection);
  const accounts = new Set(of("AccountResource").map((r) => r.id));
  const users = new Map(of("UserResource").map((r) => [r.id, r.value as Record<string, string>]));
  const bots = new Set(of("BotResource").map((r) => r.id));
  const rooms = new Set(of("RoomResource").map((r) => `${r.scope}/${r.id}`));
  const numbers = new Map(
    of("PhoneNumberResource").map((r) => [r.id, r.value as Record<string, any>]),
  );
  for (const record of records) {
    const account = decodeURIComponent(record.scope.split("/")[0]);
    if (record.scope !== "" && record.collection !== "timers") {
      expect(
        accounts.has(account),
        `${record.collection} ${record.id} under missing account ${account}`,
      ).toBe(true);
    }
  }
  for (const membership of of("RoomMembershipResource")) {
    expect(rooms.has(membership.scope), `membership in missing room ${membership.scope}`).toBe(
      true,
    );
    expect(
      users.has(membership.id) || bots.has(membership.id),
      `membership of missing member ${membership.id}`,
    ).toBe(true);
  }
  for (const [userId, user] of users) {
    if (!user.PrimaryProvisionedNumber) continue;
    const number = numbers.get(user.PrimaryProvisionedNumber);
    expect(number, `user ${userId} points to missing number`).toBeDefined();
    expect(number!.Status).toBe("Assigned");
    expect(number!.Associations.find((a: { Name: string }) => a.Name === "UserId").Value).toBe(
      userId,
    );
  }
  for (const [id, number] of numbers) {
    const holder = number.Associations.find((a: { Name: string }) => a.Name === "UserId")?.Value;
    expect(number.Status === "Assigned", `${id} Assigned iff associated`).toBe(
      holder !== undefined,
    );
    if (holder) expect(users.get(holder)?.PrimaryProvisionedNumber, `${id} holder`).toBe(id);
  }
  const emailAccounts = new Map<string, string>();
  for (const entry of of("UserResource#email")) {
    expect(users.get((entry.value as { id: string }).id)?.PrimaryEmail?.toLowerCase()).toBe(
      entry.id,
    );
    const account = emailAccounts.get(entry.id);
    expect(account === undefined || account === entry.scope, `${entry.id} in two accounts`).toBe(
      true,
    );
    emailAccounts.set(entry.id, entry.scope);
  }
}

describe("emulator state", () => {
  it("stays consistent under any sequence of calls, whichever of them fail", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 40 }), async (commands) => {
        const h = engineHarness();
        const accountIds: string[] = [];
        const ids: Record<string, string[]> = {};
        const list = (key: string) => (ids[key] ??= []);
        for (let a = 0; a < 2; a += 1) {
          const AccountId = (await h.call("CreateAccount", { Name: `a${a}` })).Account.AccountId;
          accountIds.push(AccountId);
          for (let u = 0; u < 2; u += 1) {
            list(`user:${AccountId}`).push(
              (await h.call("CreateUser", { AccountId, Email: `seed${u}@a${a}.x.com` })).User
                .UserId,
            );
          }
          list(`member:${AccountId}`).push(
            (await h.call("CreateBot", { AccountId, DisplayName: "b" })).Bot.BotId,
          );
          for (let r = 0; r < 2; r += 1) {
            list(`room:${AccountId}`).push(
              (await h.call("CreateRoom", { AccountId, Name: `r${r}` })).Room.RoomId,
            );
          }
        }
        await h.call("CreatePhoneNumberOrder", {
          ProductType: "BusinessCalling",
          E164PhoneNumbers: NUMBERS,
        });
        const pick = <T>(items: T[], i: number) => items[i % Math.max(items.length, 1)];
        for (const c of commands) {
          const AccountId = pick(accountIds, "account" in c ? c.account : 0) ?? "none";
          const attempt = async () => {
            switch (c.kind) {
              case "account":
                accountIds.push((await h.call("CreateAccount", { Name: "a" })).Account.AccountId);
                return;
              case "user":
                list(`user:${AccountId}`).push(
                  (
                    await h.call("CreateUser", {
                      AccountId,
                      Email: `u${list(`user:${AccountId}`).length}@${AccountId}.x.com`,
                    })
                  ).User.UserId,
                );
                return;
              case "sharedUser":
                // The same email tried in any account: it must end up in one account at most.
                list(`user:${AccountId}`).push(
                  (await h.call("CreateUser", { AccountId, Email: "shared@x.com" })).User.UserId,
                );
                return;
              case "bot":
                list(`member:${AccountId}`).push(
                  (await h.call("CreateBot", { AccountId, DisplayName: "b" })).Bot.BotId,
                );
                return;
              case "room":
                list(`room:${AccountId}`).push(
                  (await h.call("CreateRoom", { AccountId, Name: "r" })).Room.RoomId,
                );
                return;
              case "member": {
                const members = [...list(`user:${AccountId}`), ...list(`member:${AccountId}`)];
                await h.call("CreateRoomMembership", {
                  AccountId,
                  RoomId: pick(list(`room:${AccountId}`), c.room),
                  MemberId: pick(members, c.member),
                });
                return;
              }
              case "suspendAll":
                await h.call("BatchSuspendUser", {
                  AccountId,
                  UserIdList: list(`user:${AccountId}`).slice(0, 50),
                });
                return;
              case "deleteAccount":
                await h.call("DeleteAccount", { AccountId });
                return;
              case "deleteRoom":
                await h.call("DeleteRoom", {
                  AccountId,
                  RoomId: pick(list(`room:${AccountId}`), c.room),
                });
                return;
              case "order":
                await h.call("CreatePhoneNumberOrder", {
                  ProductType: "BusinessCalling",
                  E164PhoneNumbers: [NUMBERS[c.number]],
                });
                return;
              case "associate":
                await h.call("AssociatePhoneNumberWithUser", {
                  AccountId,
                  UserId: pick(list(`user:${AccountId}`), c.user),
                  E164PhoneNumber: NUMBERS[c.number],
                });
                return;
              case "disassociate":
                await h.call("DisassociatePhoneNumberFromUser", {
                  AccountId,
                  UserId: pick(list(`user:${AccountId}`), c.user),
                });
                return;
              case "deleteNumber":
                await h.call("DeletePhoneNumber", { PhoneNumberId: NUMBERS[c.number] });
                return;
              case "restoreNumber":
                await h.call("RestorePhoneNumber", { PhoneNumberId: NUMBERS[c.number] });
                return;
              case "advanceDays":
                h.clock.advance(c.days * 86_400_000);
                return;
            }
          };
          await attempt().catch((error: Error) => {
            if (!("shape" in error)) throw error;
          });
        }
        await h.call("ListAccounts", {});
        checkConsistency((await h.store.exportPartition("111122223333")).records);
      }),
      { numRuns: 200 },
    );
  });
});
