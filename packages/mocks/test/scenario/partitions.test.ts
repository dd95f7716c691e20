import { expect, it } from "vitest";
import { derivedAwsAccountId } from "../../src/emulator/partitions.js";
import { expectError } from "../support/expect-error.js";
import { scenario } from "../support/scenario.js";

scenario(
  "partitions by AWS account",
  ({ env }) => {
    it("E2: two access keys see two separate partitions; a configured key maps to its account", async () => {
      const alice = await env().client("AKIDALICE");
      const bob = await env().client("AKIDBOB");
      const { Account } = await alice.createAccount({ Name: "alice's" });
      expect(Account!.AwsAccountId).toBe(derivedAwsAccountId("AKIDALICE"));
      expect((await bob.listAccounts({})).Accounts).toEqual([]);
      await expectError(bob.getAccount({ AccountId: Account!.AccountId! }), "NotFoundException");
      await alice.createPhoneNumberOrder({
        ProductType: "BusinessCalling",
        E164PhoneNumbers: ["+12065550100"],
      });
      expect(
        (await bob.searchAvailablePhoneNumbers({ AreaCode: "206", MaxResults: 1 }))
          .E164PhoneNumbers,
      ).toEqual(["+12065550100"]);
      expect((await bob.listPhoneNumbers({})).PhoneNumbers).toEqual([]);

      const mapped = await env().client("AKIDMAPPED");
      expect((await mapped.createAccount({ Name: "mapped" })).Account!.AwsAccountId).toBe(
        "444455556666",
      );
      expect(await env().emulator.awsAccounts()).toEqual(
        expect.arrayContaining([derivedAwsAccountId("AKIDALICE"), "444455556666"]),
      );
    });

    it("E2: unsigned requests work on the default AWS account when auth is off", async () => {
      const response = await fetch(`${env().url}/accounts`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ Name: "unsigned" }),
      });
      expect(response.status).toBe(201);
      const body = (await response.json()) as { Account: { AwsAccountId: string } };
      expect(body.Account.AwsAccountId).toBe("111122223333");
    });
  },
  { emulator: { accessKeys: { AKIDMAPPED: { awsAccountId: "444455556666" } } } },
);
