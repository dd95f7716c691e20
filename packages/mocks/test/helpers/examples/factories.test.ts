import { fake } from "@chimekit/mocks";
import { expect, it } from "vitest";

it("gives the same valid data for the same seed, with any member overridden", () => {
  const user = fake.user({ LicenseType: "Basic" }, { seed: 42 });

  expect(user.LicenseType).toBe("Basic");
  expect(fake.user({ LicenseType: "Basic" }, { seed: 42 })).toEqual(user);
  expect(fake.user({}, { seed: 43 })).not.toEqual(user);
  expect(fake.account().AccountId).toMatch(/.+/);
});
