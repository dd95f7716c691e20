import { describe, expect, it } from "vitest";
import { EmulatorError } from "../../src/emulator/engine/errors.js";
import { decodeToken, encodeToken, pageSize } from "../../src/emulator/engine/pagination.js";
import { engineHarness } from "../support/engine-harness.js";

describe("page sizes", () => {
  it("use the documented default, else the modeled maximum, and refuse values outside the modeled range", () => {
    expect(pageSize({ operation: "ListUsers" })).toBe(100);
    expect(pageSize({ operation: "ListBots" })).toBe(10);
    expect(pageSize({ operation: "ListRooms" })).toBe(99);
    expect(pageSize({ operation: "SearchAvailablePhoneNumbers" })).toBe(500);
    expect(pageSize({ operation: "ListAccounts", maxResults: 200 })).toBe(200);
    for (const maxResults of [0, 201, 1.5]) {
      expect(() => pageSize({ operation: "ListAccounts", maxResults })).toThrow(
        /MaxResults .* from 1 to 200/,
      );
    }
  });
});

describe("next tokens", () => {
  it("are opaque, round-trip, and are refused by another operation or when damaged", () => {
    const token = encodeToken("ListUsers", "42");
    expect(token).not.toContain("42");
    expect(decodeToken("ListUsers", token)).toBe("42");
    expect(() => decodeToken("ListBots", token)).toThrow(EmulatorError);
    expect(() => decodeToken("ListUsers", "garbage")).toThrow(/was not issued by ListUsers/);
  });

  it("keep their place while records before and after the page boundary come and go", async () => {
    const h = engineHarness();
    const AccountId = (await h.call("CreateAccount", { Name: "paging" })).Account.AccountId;
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1)
      ids.push((await h.call("CreateRoom", { AccountId, Name: `r${i}` })).Room.RoomId);
    const first = await h.call("ListRooms", { AccountId, MaxResults: 3 });
    expect(first.Rooms.map((r: { Name: string }) => r.Name)).toEqual(["r0", "r1", "r2"]);
    await h.call("DeleteRoom", { AccountId, RoomId: ids[1] });
    await h.call("DeleteRoom", { AccountId, RoomId: ids[3] });
    await h.call("CreateRoom", { AccountId, Name: "r6" });
    const second = await h.call("ListRooms", {
      AccountId,
      MaxResults: 3,
      NextToken: first.NextToken,
    });
    expect(second.Rooms.map((r: { Name: string }) => r.Name)).toEqual(["r4", "r5", "r6"]);
    expect(second.NextToken).toBeUndefined();
    const again = await h.call("ListRooms", {
      AccountId,
      MaxResults: 3,
      NextToken: first.NextToken,
    });
    expect(again).toEqual(second);
  });

  it("walk a large collection page by page, every record once", async () => {
    const h = engineHarness();
    const AccountId = (await h.call("CreateAccount", { Name: "large" })).Account.AccountId;
    for (let i = 0; i < 1500; i += 1)
      await h.call("CreateUser", { AccountId, Email: `user${i}@example.com` });
    let token: string | undefined;
    const seen: string[] = [];
    do {
      const page = await h.call("ListUsers", { AccountId, MaxResults: 200, NextToken: token });
      seen.push(...page.Users.map((u: { PrimaryEmail: string }) => u.PrimaryEmail));
      token = page.NextToken;
    } while (token);
    expect(seen).toHaveLength(1500);
    expect(new Set(seen).size).toBe(1500);
    expect(seen[1499]).toBe("user1499@example.com");
  });
});
