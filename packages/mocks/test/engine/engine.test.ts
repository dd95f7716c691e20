import { describe, expect, it } from "vitest";
import { EmulatedClock, parseDuration } from "../../src/emulator/engine/clock.js";
import { seededIds } from "../../src/emulator/engine/ids.js";
import { awsAccountIdOf, derivedAwsAccountId } from "../../src/emulator/partitions.js";
import { engineHarness } from "../support/engine-harness.js";

describe("emulated clock", () => {
  it("advances only forward and parses durations", () => {
    const clock = new EmulatedClock({ frozenAt: new Date("2025-01-01T00:00:00.000Z") });
    expect(clock.advance(parseDuration("7d")).toISOString()).toBe("2025-01-08T00:00:00.000Z");
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(parseDuration("20ms")).toBe(20);
    expect(parseDuration("1.5h")).toBe(5_400_000);
    expect(() => parseDuration("soon")).toThrow(/ms, s, m, h or d/);
  });

  it("follows the wall clock plus its offset when not frozen", () => {
    let wall = 1_000;
    const clock = new EmulatedClock({ wallClock: () => wall, offsetMs: 500 });
    expect(clock.now().getTime()).toBe(1_500);
    wall = 2_000;
    clock.advance(100);
    expect(clock.now().getTime()).toBe(2_600);
  });
});

describe("identifiers", () => {
  it("are reproducible from a seed and shaped as version 4 UUIDs", () => {
    const a = seededIds(9);
    const b = seededIds(9);
    const first = a.uuid();
    expect(first).toBe(b.uuid());
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.uuid()).not.toBe(first);
    expect(a.digits(10)).toMatch(/^\d{10}$/);
  });
});

describe("partitions", () => {
  it("come from the resolved account, the key map, the key itself, or the default for unsigned calls", () => {
    const options = {
      accessKeys: { AKIDMAPPED: { awsAccountId: "999988887777" } },
      defaultAwsAccountId: "123456789012",
    };
    expect(awsAccountIdOf(undefined, options)).toBe("123456789012");
    expect(awsAccountIdOf({ accessKeyId: "AKIDMAPPED" }, options)).toBe("999988887777");
    expect(
      awsAccountIdOf({ accessKeyId: "AKIDMAPPED", awsAccountId: "111111111111" }, options),
    ).toBe("111111111111");
    expect(awsAccountIdOf({ accessKeyId: "AKIDOTHER" }, options)).toBe(
      derivedAwsAccountId("AKIDOTHER"),
    );
    expect(derivedAwsAccountId("AKIDOTHER")).toMatch(/^\d{12}$/);
    expect(derivedAwsAccountId("AKIDOTHER")).not.toBe(derivedAwsAccountId("AKIDOTHER2"));
  });
});

describe("scheduled work", () => {
  it("runs when emulated time reaches it, and a failing call does not undo it", async () => {
    const h = engineHarness({ phoneNumberOrderMs: 60_000 });
    const order = await h.call("CreatePhoneNumberOrder", {
      ProductType: "BusinessCalling",
      E164PhoneNumbers: ["+12065550100"],
    });
    const id = order.PhoneNumberOrder.PhoneNumberOrderId;
    h.clock.advance(59_999);
    expect(
      (await h.call("GetPhoneNumberOrder", { PhoneNumberOrderId: id })).PhoneNumberOrder.Status,
    ).toBe("Processing");
    h.clock.advance(1);
    await expect(h.call("GetAccount", { AccountId: "missing" })).rejects.toThrow(/does not exist/);
    expect(
      (await h.call("GetPhoneNumberOrder", { PhoneNumberOrderId: id })).PhoneNumberOrder.Status,
    ).toBe("Successful");
  });

  it("leaves no partial write behind when a rule fails midway", async () => {
    const h = engineHarness();
    const AccountId = (await h.call("CreateAccount", { Name: "atomic" })).Account.AccountId;
    await h.call("InviteUsers", { AccountId, UserEmailList: ["a@example.com"] });
    const before = await h.store.exportPartition("111122223333");
    await expect(h.call("CreateUser", { AccountId, Email: "A@example.com" })).rejects.toThrow(
      /already exists/,
    );
    expect(await h.store.exportPartition("111122223333")).toEqual(before);
  });
});
