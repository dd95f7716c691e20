import { chimeServiceSchema, type ValueSchema } from "@chimekit/server";
import { afterEach, describe, expect, it } from "vitest";
import { FakeRandom } from "../../src/fake/fake-random.js";
import { seedFake } from "../../src/fake/fake-structure.js";
import { sampleMatching, UnsupportedPatternError } from "../../src/fake/pattern-strings.js";
import { fake } from "../../src/generated/factories.js";
import { shapeViolations } from "./support/shape-violations.js";

/** Every pattern the server's schema checks, found by walking it, so a new pattern in the model is covered here. */
function modelPatterns(): string[] {
  const patterns = new Set<string>();
  const visit = (value: ValueSchema): void => {
    if ((value.type === "string" || value.type === "enum") && value.pattern)
      patterns.add(value.pattern);
    if (value.type === "list") visit(value.member);
    if (value.type === "map") [value.key, value.value].forEach(visit);
  };
  for (const structure of Object.values(chimeServiceSchema.structures))
    for (const member of structure.members) visit(member.value);
  return [...patterns].sort();
}

describe("pattern strings", () => {
  it.each(modelPatterns())("draws strings matching the model's pattern %s", (pattern) => {
    const random = new FakeRandom(9);
    const regex = new RegExp(`^(?:${pattern})$`, "u");
    for (let draw = 0; draw < 200; draw++) expect(sampleMatching(pattern, random)).toMatch(regex);
  });

  it("honours counted repetitions and alternation", () => {
    const random = new FakeRandom(3);
    const drawn = new Set(Array.from({ length: 100 }, () => sampleMatching("^8(00|33)$", random)));
    expect([...drawn].sort()).toEqual(["800", "833"]);
    for (let draw = 0; draw < 50; draw++)
      expect(sampleMatching("[a-c]{2,4}", random)).toMatch(/^[a-c]{2,4}$/);
  });

  it("names the pattern and position of syntax it does not support", () => {
    expect(() => sampleMatching("a(?=b)", new FakeRandom(1))).toThrow(UnsupportedPatternError);
    expect(() => sampleMatching("[^a]", new FakeRandom(1))).toThrow(/pattern "\[\^a\]" at 1/);
  });
});

describe("fixture factories", () => {
  afterEach(() => seedFake());

  it("fill required and optional members with values the server accepts", () => {
    const account = fake.account(undefined, { seed: 5 });
    expect(Object.keys(account)).toEqual(
      expect.arrayContaining(["AccountId", "AwsAccountId", "Name", "SigninDelegateGroups"]),
    );
    expect(account.CreatedTimestamp).toBeInstanceOf(Date);
    expect(shapeViolations("Account", account)).toEqual([]);
  });

  it("lay overrides over the generated members", () => {
    const user = fake.user({ UserId: "fixed", LicenseType: "Pro" }, { seed: 5 });
    expect(user).toMatchObject({ UserId: "fixed", LicenseType: "Pro" });
    expect(user.AccountId).toBe(fake.user(undefined, { seed: 5 }).AccountId);
  });

  it("repeat the unseeded stream after seedFake", () => {
    seedFake(11);
    const first = [fake.user(), fake.room()];
    seedFake(11);
    expect([fake.user(), fake.room()]).toEqual(first);
    expect(fake.user()).not.toEqual(first[0]);
  });

  it("meet length bounds and enums (the validation the generated tests rely on fails on bad data)", () => {
    const user = fake.user(undefined, { seed: 1 });
    expect(shapeViolations("User", { ...user, LicenseType: "Gold", UserId: undefined })).toEqual([
      "User.UserId: required",
      'User.LicenseType: "Gold" is not a value of License',
    ]);
    expect(shapeViolations("UpdatePhoneNumberRequestItem", { PhoneNumberId: "" })).toEqual([
      'UpdatePhoneNumberRequestItem.PhoneNumberId: "" does not match .*\\S.*',
    ]);
  });
});
