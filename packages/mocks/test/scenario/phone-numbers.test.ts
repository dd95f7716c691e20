import { expect, it } from "vitest";
import { expectError } from "../support/expect-error.js";
import { scenario } from "../support/scenario.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

scenario(
  "phone numbers and orders",
  ({ env, chime }) => {
    /** Orders numbers and lets the order complete (orders take one emulated minute in this suite). */
    const acquire = async (
      E164PhoneNumbers: string[],
      ProductType:
        "BusinessCalling" | "VoiceConnector" | "SipMediaApplicationDialIn" = "BusinessCalling",
    ) => {
      const { PhoneNumberOrder } = await chime().createPhoneNumberOrder({
        E164PhoneNumbers,
        ProductType,
      });
      await env().emulator.advanceClock(MINUTE);
      return (
        await chime().getPhoneNumberOrder({
          PhoneNumberOrderId: PhoneNumberOrder!.PhoneNumberOrderId!,
        })
      ).PhoneNumberOrder!;
    };
    const newUser = async (tag: string) => {
      const AccountId = (await chime().createAccount({ Name: tag })).Account!.AccountId!;
      const UserId = (await chime().createUser({ AccountId, Email: `${tag}@example.com` })).User!
        .UserId!;
      return { AccountId, UserId };
    };

    it("P1: SearchAvailablePhoneNumbers answers from a deterministic inventory and checks its filters", async () => {
      const byArea = await chime().searchAvailablePhoneNumbers({ AreaCode: "415", MaxResults: 3 });
      expect(byArea.E164PhoneNumbers).toEqual(["+14155550100", "+14155550101", "+14155550102"]);
      const next = await chime().searchAvailablePhoneNumbers({
        AreaCode: "415",
        MaxResults: 3,
        NextToken: byArea.NextToken,
      });
      expect(next.E164PhoneNumbers).toEqual(["+14155550103", "+14155550104", "+14155550105"]);
      const byCity = await chime().searchAvailablePhoneNumbers({
        City: "Seattle",
        State: "WA",
        MaxResults: 1,
      });
      expect(byCity.E164PhoneNumbers).toEqual(["+12065550100"]);
      const byState = await chime().searchAvailablePhoneNumbers({ State: "TX", MaxResults: 1 });
      expect(byState.E164PhoneNumbers).toEqual(["+15125550100"]);
      const tollFree = await chime().searchAvailablePhoneNumbers({
        TollFreePrefix: "888",
        MaxResults: 2,
      });
      expect(tollFree.E164PhoneNumbers).toEqual(["+18885550100", "+18885550101"]);
      const gb = await chime().searchAvailablePhoneNumbers({
        Country: "GB",
        PhoneNumberType: "Local",
        MaxResults: 1,
      });
      expect(gb.E164PhoneNumbers).toEqual(["+442079460000"]);
      await expectError(chime().searchAvailablePhoneNumbers({}), "BadRequestException");
      await expectError(
        chime().searchAvailablePhoneNumbers({ City: "Seattle" }),
        "BadRequestException",
      );
      await expectError(
        chime().searchAvailablePhoneNumbers({ Country: "GB" }),
        "BadRequestException",
      );
      await expectError(
        chime().searchAvailablePhoneNumbers({
          Country: "GB",
          PhoneNumberType: "Local",
          AreaCode: "20",
        }),
        "BadRequestException",
      );
      await expectError(
        chime().searchAvailablePhoneNumbers({ AreaCode: "415", MaxResults: 501 }),
        "BadRequestException",
      );
      await acquire(["+14155550100"]);
      const afterOrder = await chime().searchAvailablePhoneNumbers({
        AreaCode: "415",
        MaxResults: 1,
      });
      expect(afterOrder.E164PhoneNumbers).toEqual(["+14155550101"]);
    });

    it("P2: an order is Processing, then Successful, Partial or Failed as the numbers are acquired", async () => {
      const { PhoneNumberOrder } = await chime().createPhoneNumberOrder({
        ProductType: "BusinessCalling",
        E164PhoneNumbers: ["+13035550100", "+13035550101"],
      });
      expect(PhoneNumberOrder).toMatchObject({
        Status: "Processing",
        ProductType: "BusinessCalling",
        OrderedPhoneNumbers: [
          { E164PhoneNumber: "+13035550100", Status: "Processing" },
          { E164PhoneNumber: "+13035550101", Status: "Processing" },
        ],
      });
      const id = PhoneNumberOrder!.PhoneNumberOrderId!;
      expect(
        (await chime().getPhoneNumber({ PhoneNumberId: "+13035550100" })).PhoneNumber!.Status,
      ).toBe("AcquireInProgress");
      expect(
        (await chime().getPhoneNumberOrder({ PhoneNumberOrderId: id })).PhoneNumberOrder!.Status,
      ).toBe("Processing");
      await env().emulator.advanceClock(MINUTE);
      const done = (await chime().getPhoneNumberOrder({ PhoneNumberOrderId: id }))
        .PhoneNumberOrder!;
      expect(done.Status).toBe("Successful");
      expect(done.OrderedPhoneNumbers!.map((n) => n.Status)).toEqual(["Acquired", "Acquired"]);
      expect(
        (await chime().getPhoneNumber({ PhoneNumberId: "+13035550100" })).PhoneNumber,
      ).toMatchObject({
        Status: "Unassigned",
        ProductType: "BusinessCalling",
        Country: "US",
        Type: "Local",
        Associations: [],
      });
      const partial = await acquire(["+13035550101", "+13035550102"]);
      expect(partial.Status).toBe("Partial");
      expect(partial.OrderedPhoneNumbers!.map((n) => n.Status)).toEqual(["Failed", "Acquired"]);
      const failed = await acquire(["+19995550100"]);
      expect(failed.Status).toBe("Failed");
      await expectError(
        chime().getPhoneNumberOrder({ PhoneNumberOrderId: "00000000-0000-4000-8000-000000000000" }),
        "NotFoundException",
      );
    });

    it("P3: toll-free numbers cannot be Business Calling numbers, and numbers outside the US must be SIP media application dial-in", async () => {
      const tollFree = await expectError(
        chime().createPhoneNumberOrder({
          ProductType: "BusinessCalling",
          E164PhoneNumbers: ["+18005550100"],
        }),
        "BadRequestException",
      );
      expect(tollFree.message).toContain("toll-free");
      await expectError(
        chime().createPhoneNumberOrder({
          ProductType: "VoiceConnector",
          E164PhoneNumbers: ["+442079460001"],
        }),
        "BadRequestException",
      );
      expect((await acquire(["+442079460001"], "SipMediaApplicationDialIn")).Status).toBe(
        "Successful",
      );
      expect((await acquire(["+18005550100"], "VoiceConnector")).Status).toBe("Successful");
      await expectError(
        chime().updatePhoneNumber({
          PhoneNumberId: "+18005550100",
          ProductType: "BusinessCalling",
        }),
        "BadRequestException",
      );
      await expectError(
        chime().updatePhoneNumber({
          PhoneNumberId: "+442079460001",
          ProductType: "VoiceConnector",
        }),
        "BadRequestException",
      );
    });

    it("P4: ListPhoneNumberOrders pages through the orders with MaxResults 1..99", async () => {
      const all = [];
      let NextToken: string | undefined;
      do {
        const page = await chime().listPhoneNumberOrders({ MaxResults: 1, NextToken });
        all.push(...page.PhoneNumberOrders!);
        NextToken = page.NextToken;
      } while (NextToken);
      expect(all.length).toBeGreaterThan(0);
      expect(new Set(all.map((o) => o.PhoneNumberOrderId)).size).toBe(all.length);
      await expectError(chime().listPhoneNumberOrders({ MaxResults: 0 }), "BadRequestException");
    });

    it("P5: ListPhoneNumbers filters by status, product type and association", async () => {
      await acquire(["+13125550100", "+13125550101"]);
      await acquire(["+13125550102"], "VoiceConnector");
      const { AccountId, UserId } = await newUser("p5");
      await chime().associatePhoneNumberWithUser({
        AccountId,
        UserId,
        E164PhoneNumber: "+13125550100",
      });
      const byUser = await chime().listPhoneNumbers({ FilterName: "UserId", FilterValue: UserId });
      expect(byUser.PhoneNumbers!.map((n) => n.PhoneNumberId)).toEqual(["+13125550100"]);
      const byAccount = await chime().listPhoneNumbers({
        FilterName: "AccountId",
        FilterValue: AccountId,
      });
      expect(byAccount.PhoneNumbers!.map((n) => n.PhoneNumberId)).toEqual(["+13125550100"]);
      const voice = await chime().listPhoneNumbers({
        ProductType: "VoiceConnector",
        MaxResults: 99,
      });
      expect(voice.PhoneNumbers!.map((n) => n.PhoneNumberId)).toContain("+13125550102");
      expect(voice.PhoneNumbers!.every((n) => n.ProductType === "VoiceConnector")).toBe(true);
      const assigned = await chime().listPhoneNumbers({ Status: "Assigned", MaxResults: 99 });
      expect(assigned.PhoneNumbers!.every((n) => n.Status === "Assigned")).toBe(true);
      expect(assigned.PhoneNumbers!.map((n) => n.PhoneNumberId)).toContain("+13125550100");
      await expectError(chime().listPhoneNumbers({ FilterName: "UserId" }), "BadRequestException");
    });

    it("P6: UpdatePhoneNumber changes one thing at a time; BatchUpdatePhoneNumber reports each failure", async () => {
      await acquire(["+14045550100", "+14045550101"]);
      const updated = await chime().updatePhoneNumber({
        PhoneNumberId: "+14045550100",
        ProductType: "VoiceConnector",
      });
      expect(updated.PhoneNumber!.ProductType).toBe("VoiceConnector");
      await expectError(
        chime().updatePhoneNumber({
          PhoneNumberId: "+14045550100",
          ProductType: "BusinessCalling",
          CallingName: "Both",
        }),
        "BadRequestException",
      );
      await expectError(
        chime().updatePhoneNumber({
          PhoneNumberId: "+19995550199",
          ProductType: "BusinessCalling",
        }),
        "NotFoundException",
      );
      const { PhoneNumberErrors } = await chime().batchUpdatePhoneNumber({
        UpdatePhoneNumberRequestItems: [
          { PhoneNumberId: "+14045550100", ProductType: "BusinessCalling" },
          { PhoneNumberId: "+14045550101", CallingName: "Acme" },
          { PhoneNumberId: "+19995550199", ProductType: "BusinessCalling" },
        ],
      });
      expect(PhoneNumberErrors!.map((e) => [e.PhoneNumberId, e.ErrorCode])).toEqual([
        ["+19995550199", "NotFound"],
      ]);
      expect(
        (await chime().getPhoneNumber({ PhoneNumberId: "+14045550100" })).PhoneNumber!.ProductType,
      ).toBe("BusinessCalling");
      expect(
        (await chime().getPhoneNumber({ PhoneNumberId: "+14045550101" })).PhoneNumber!.CallingName,
      ).toBe("Acme");
    });

    it("P7: a calling name update stays UpdateInProgress until done, and a second one meanwhile is a ConflictException", async () => {
      await acquire(["+15125550150"]);
      const first = await chime().updatePhoneNumber({
        PhoneNumberId: "+15125550150",
        CallingName: "First",
      });
      expect(first.PhoneNumber).toMatchObject({
        CallingName: "First",
        CallingNameStatus: "UpdateInProgress",
      });
      await expectError(
        chime().updatePhoneNumber({ PhoneNumberId: "+15125550150", CallingName: "Second" }),
        "ConflictException",
        409,
      );
      const batch = await chime().batchUpdatePhoneNumber({
        UpdatePhoneNumberRequestItems: [{ PhoneNumberId: "+15125550150", CallingName: "Second" }],
      });
      expect(batch.PhoneNumberErrors![0].ErrorCode).toBe("Conflict");
      await env().emulator.advanceClock(HOUR);
      expect(
        (await chime().getPhoneNumber({ PhoneNumberId: "+15125550150" })).PhoneNumber!
          .CallingNameStatus,
      ).toBe("UpdateSucceeded");
      const second = await chime().updatePhoneNumber({
        PhoneNumberId: "+15125550150",
        CallingName: "Second",
      });
      expect(second.PhoneNumber!.CallingName).toBe("Second");
    });

    it("P8: associating a number assigns it to the user, and disassociating gives it back", async () => {
      await acquire(["+16175550100", "+16175550101"]);
      await acquire(["+16175550102"], "VoiceConnector");
      const { AccountId, UserId } = await newUser("p8");
      await chime().associatePhoneNumberWithUser({
        AccountId,
        UserId,
        E164PhoneNumber: "+16175550100",
      });
      expect((await chime().getUser({ AccountId, UserId })).User!.PrimaryProvisionedNumber).toBe(
        "+16175550100",
      );
      const assigned = (await chime().getPhoneNumber({ PhoneNumberId: "+16175550100" }))
        .PhoneNumber!;
      expect(assigned.Status).toBe("Assigned");
      expect(assigned.Associations!.map((a) => [a.Name, a.Value])).toEqual([
        ["AccountId", AccountId],
        ["UserId", UserId],
      ]);
      const other = await newUser("p8-other");
      await expectError(
        chime().associatePhoneNumberWithUser({ ...other, E164PhoneNumber: "+16175550100" }),
        "BadRequestException",
      );
      await expectError(
        chime().associatePhoneNumberWithUser({ ...other, E164PhoneNumber: "+16175550102" }),
        "BadRequestException",
      );
      await chime().associatePhoneNumberWithUser({
        AccountId,
        UserId,
        E164PhoneNumber: "+16175550101",
      });
      expect(
        (await chime().getPhoneNumber({ PhoneNumberId: "+16175550100" })).PhoneNumber!.Status,
      ).toBe("Unassigned");
      await chime().disassociatePhoneNumberFromUser({ AccountId, UserId });
      expect(
        (await chime().getUser({ AccountId, UserId })).User!.PrimaryProvisionedNumber,
      ).toBeUndefined();
      expect(
        (await chime().getPhoneNumber({ PhoneNumberId: "+16175550101" })).PhoneNumber,
      ).toMatchObject({
        Status: "Unassigned",
        Associations: [],
      });
      await expectError(
        chime().associatePhoneNumberWithUser({
          AccountId,
          UserId: "nobody",
          E164PhoneNumber: "+16175550101",
        }),
        "NotFoundException",
      );
    });

    it("P9: DeletePhoneNumber refuses an assigned number and queues an unassigned one for 7 days of emulated time", async () => {
      await acquire(["+17025550100", "+17025550101"]);
      const { AccountId, UserId } = await newUser("p9");
      await chime().associatePhoneNumberWithUser({
        AccountId,
        UserId,
        E164PhoneNumber: "+17025550100",
      });
      const refused = await expectError(
        chime().deletePhoneNumber({ PhoneNumberId: "+17025550100" }),
        "BadRequestException",
      );
      expect(refused.message).toContain("disassociate");
      await chime().deletePhoneNumber({ PhoneNumberId: "+17025550101" });
      const queued = (await chime().getPhoneNumber({ PhoneNumberId: "+17025550101" })).PhoneNumber!;
      expect(queued.Status).toBe("DeleteInProgress");
      expect(queued.DeletionTimestamp).toEqual(env().emulator.now());
      await expectError(
        chime().associatePhoneNumberWithUser({
          AccountId,
          UserId,
          E164PhoneNumber: "+17025550101",
        }),
        "BadRequestException",
      );
      await env().emulator.advanceClock(7 * DAY - MINUTE);
      expect(
        (await chime().getPhoneNumber({ PhoneNumberId: "+17025550101" })).PhoneNumber!.Status,
      ).toBe("DeleteInProgress");
      await env().emulator.advanceClock(MINUTE);
      await expectError(
        chime().getPhoneNumber({ PhoneNumberId: "+17025550101" }),
        "NotFoundException",
      );
      const search = await chime().searchAvailablePhoneNumbers({ AreaCode: "702", MaxResults: 1 });
      expect(search.E164PhoneNumbers).toEqual(["+17025550101"]);
    });

    it("P10: RestorePhoneNumber takes a number out of the deletion queue", async () => {
      await acquire(["+13055550100"]);
      await expectError(
        chime().restorePhoneNumber({ PhoneNumberId: "+13055550100" }),
        "BadRequestException",
      );
      await chime().deletePhoneNumber({ PhoneNumberId: "+13055550100" });
      await env().emulator.advanceClock(6 * DAY);
      const { PhoneNumber } = await chime().restorePhoneNumber({ PhoneNumberId: "+13055550100" });
      expect(PhoneNumber!.Status).toBe("Unassigned");
      expect(PhoneNumber!.DeletionTimestamp).toBeUndefined();
      await env().emulator.advanceClock(2 * DAY);
      expect(
        (await chime().getPhoneNumber({ PhoneNumberId: "+13055550100" })).PhoneNumber!.Status,
      ).toBe("Unassigned");
      await expectError(
        chime().restorePhoneNumber({ PhoneNumberId: "+19995550100" }),
        "NotFoundException",
      );
    });

    it("P11: BatchDeletePhoneNumber queues what it can and reports the rest", async () => {
      await acquire(["+12125550100", "+12125550101"]);
      const { AccountId, UserId } = await newUser("p11");
      await chime().associatePhoneNumberWithUser({
        AccountId,
        UserId,
        E164PhoneNumber: "+12125550100",
      });
      const { PhoneNumberErrors } = await chime().batchDeletePhoneNumber({
        PhoneNumberIds: ["+12125550100", "+12125550101", "+19995550100"],
      });
      expect(PhoneNumberErrors!.map((e) => [e.PhoneNumberId, e.ErrorCode])).toEqual([
        ["+12125550100", "PhoneNumberAssociationsExist"],
        ["+19995550100", "NotFound"],
      ]);
      expect(
        (await chime().getPhoneNumber({ PhoneNumberId: "+12125550101" })).PhoneNumber!.Status,
      ).toBe("DeleteInProgress");
    });

    it("P12: the default calling name (letters, digits and spaces) can change once every seven days", async () => {
      expect((await chime().getPhoneNumberSettings({})).CallingName).toBeUndefined();
      const punctuated = await expectError(
        chime().updatePhoneNumberSettings({ CallingName: "Acme, Inc." }),
        "BadRequestException",
      );
      expect(punctuated.message).toContain("at 'callingName'");
      await chime().updatePhoneNumberSettings({ CallingName: "Acme Corp" });
      const settings = await chime().getPhoneNumberSettings({});
      expect(settings).toMatchObject({
        CallingName: "Acme Corp",
        CallingNameUpdatedTimestamp: env().emulator.now(),
      });
      const refused = await expectError(
        chime().updatePhoneNumberSettings({ CallingName: "Other" }),
        "BadRequestException",
      );
      expect(refused.message).toContain("seven days");
      await env().emulator.advanceClock(7 * DAY);
      await chime().updatePhoneNumberSettings({ CallingName: "Other" });
      expect((await chime().getPhoneNumberSettings({})).CallingName).toBe("Other");
    });

    it("P13: ListSupportedPhoneNumberCountries depends on the product type", async () => {
      const business = await chime().listSupportedPhoneNumberCountries({
        ProductType: "BusinessCalling",
      });
      expect(business.PhoneNumberCountries).toEqual([
        { CountryCode: "US", SupportedPhoneNumberTypes: ["Local", "TollFree"] },
      ]);
      const dialIn = await chime().listSupportedPhoneNumberCountries({
        ProductType: "SipMediaApplicationDialIn",
      });
      expect(dialIn.PhoneNumberCountries!.map((c) => c.CountryCode)).toEqual(["DE", "GB", "US"]);
    });
  },
  { emulator: { timings: { phoneNumberOrderMs: MINUTE, callingNameUpdateMs: HOUR } } },
);
