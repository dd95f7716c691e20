import { expect, it } from "vitest";
import { expectError } from "../support/expect-error.js";
import { scenario } from "../support/scenario.js";

const LWA = "e0000000-0000-4000-8000-0000000000aa";

scenario(
  "users",
  ({ env, chime }) => {
    const newAccount = async (Name: string) =>
      (await chime().createAccount({ Name })).Account!.AccountId!;
    let seeded = false;
    const lwa = async () => {
      if (!seeded) await seedLwa();
      seeded = true;
      return env().client("AKIDLWA");
    };
    const seedLwa = () =>
      env().emulator.seed({
        awsAccounts: {
          "333344445555": {
            accounts: [
              {
                AccountId: LWA,
                Name: "LWA",
                AccountType: "EnterpriseLWA",
                users: [
                  { UserId: "u0000000-lwa-1", PrimaryEmail: "lwa1@example.com" },
                  { UserId: "u0000000-lwa-2", PrimaryEmail: "lwa2@example.com" },
                ],
              },
            ],
          },
        },
      });

    it("U1: CreateUser registers a user with the account's default license; an email is unique in its account", async () => {
      const AccountId = await newAccount("U1");
      const { User } = await chime().createUser({
        AccountId,
        Email: "u1@example.com",
        Username: "U One",
        UserType: "SharedDevice",
      });
      expect(User).toMatchObject({
        AccountId,
        PrimaryEmail: "u1@example.com",
        DisplayName: "U One",
        LicenseType: "Pro",
        UserType: "SharedDevice",
        UserRegistrationStatus: "Registered",
        RegisteredOn: new Date("2025-01-01T00:00:00.000Z"),
      });
      expect(User!.PersonalPIN).toMatch(/^\d{10}$/);
      expect((await chime().getUser({ AccountId, UserId: User!.UserId })).User).toEqual(User);
      const conflict = await expectError(
        chime().createUser({ AccountId, Email: "U1@EXAMPLE.com" }),
        "ConflictException",
        409,
      );
      expect(conflict.message).toContain("u1@example.com");
      const other = await newAccount("U1 other");
      const elsewhere = await expectError(
        chime().createUser({ AccountId: other, Email: "u1@example.com" }),
        "ConflictException",
        409,
      );
      expect(elsewhere.message).toContain(`account ${AccountId}`);
      expect(elsewhere.message).toContain(User!.UserId!);
      await expectError(
        chime().createUser({ AccountId: "missing", Email: "x@example.com" }),
        "NotFoundException",
      );
    });

    it("U2: InviteUsers invites to Team accounts only, returns pending invites and creates unregistered users", async () => {
      const AccountId = await newAccount("U2");
      const { User: member } = await chime().createUser({ AccountId, Email: "member@example.com" });
      const { Invites } = await chime().inviteUsers({
        AccountId,
        UserEmailList: ["new1@example.com", "new2@example.com", "member@example.com"],
      });
      expect(Invites!.map((i) => [i.EmailAddress, i.Status, i.EmailStatus])).toEqual([
        ["new1@example.com", "Pending", "Sent"],
        ["new2@example.com", "Pending", "Sent"],
        ["member@example.com", "Failed", "NotSent"],
      ]);
      const invited = (await chime().listUsers({ AccountId, UserEmail: "new1@example.com" }))
        .Users![0];
      expect(invited).toMatchObject({
        UserRegistrationStatus: "Unregistered",
        UserInvitationStatus: "Pending",
        InvitedOn: new Date("2025-01-01T00:00:00.000Z"),
      });
      await chime().batchSuspendUser({ AccountId, UserIdList: [member!.UserId!] });
      const again = await chime().inviteUsers({ AccountId, UserEmailList: ["member@example.com"] });
      expect(again.Invites![0].Status).toBe("Pending");
      expect(
        (await chime().getUser({ AccountId, UserId: member!.UserId! })).User!
          .UserRegistrationStatus,
      ).toBe("Unregistered");
      await expectError(
        chime().inviteUsers({
          AccountId,
          UserEmailList: Array.from({ length: 51 }, (_, i) => `many${i}@example.com`),
        }),
        "BadRequestException",
      );
      const enterprise = await lwa();
      const refused = await expectError(
        enterprise.inviteUsers({ AccountId: LWA, UserEmailList: ["x@example.com"] }),
        "BadRequestException",
      );
      expect(refused.message).toContain("Team");
    });

    it("U3: ListUsers filters by email and user type and pages with MaxResults 1..200", async () => {
      const AccountId = await newAccount("U3");
      for (let i = 0; i < 5; i += 1) {
        await chime().createUser({
          AccountId,
          Email: `u3-${i}@example.com`,
          UserType: i % 2 ? "SharedDevice" : "PrivateUser",
        });
      }
      const byEmail = await chime().listUsers({ AccountId, UserEmail: "U3-2@example.com" });
      expect(byEmail.Users!.map((u) => u.PrimaryEmail)).toEqual(["u3-2@example.com"]);
      const shared = await chime().listUsers({ AccountId, UserType: "SharedDevice" });
      expect(shared.Users!.map((u) => u.PrimaryEmail)).toEqual([
        "u3-1@example.com",
        "u3-3@example.com",
      ]);
      const seen: string[] = [];
      let NextToken: string | undefined;
      do {
        const page = await chime().listUsers({ AccountId, MaxResults: 2, NextToken });
        expect(page.Users!.length).toBeLessThanOrEqual(2);
        seen.push(...page.Users!.map((u) => u.PrimaryEmail!));
        NextToken = page.NextToken;
      } while (NextToken);
      expect(seen).toEqual([0, 1, 2, 3, 4].map((i) => `u3-${i}@example.com`));
      await expectError(chime().listUsers({ AccountId, MaxResults: 201 }), "BadRequestException");
      await expectError(
        chime().listUsers({ AccountId, NextToken: "not-a-token" }),
        "BadRequestException",
      );
    });

    it("U4: UpdateUser changes the license, which the account must support", async () => {
      const AccountId = await newAccount("U4");
      const { User } = await chime().createUser({ AccountId, Email: "u4@example.com" });
      const updated = await chime().updateUser({
        AccountId,
        UserId: User!.UserId!,
        LicenseType: "Basic",
      });
      expect(updated.User!.LicenseType).toBe("Basic");
      await expectError(
        chime().updateUser({ AccountId, UserId: User!.UserId!, LicenseType: "ProTrial" }),
        "BadRequestException",
      );
      await expectError(
        chime().updateUser({ AccountId, UserId: "nobody", LicenseType: "Basic" }),
        "NotFoundException",
      );
    });

    it("U5: BatchUpdateUser updates up to 20 users and reports each failure in UserErrors", async () => {
      const AccountId = await newAccount("U5");
      const { User } = await chime().createUser({ AccountId, Email: "u5@example.com" });
      const { UserErrors } = await chime().batchUpdateUser({
        AccountId,
        UpdateUserRequestItems: [
          { UserId: User!.UserId!, LicenseType: "Basic" },
          { UserId: "nobody", LicenseType: "Basic" },
          { UserId: User!.UserId!, LicenseType: "Plus" },
        ],
      });
      expect(UserErrors!.map((e) => [e.UserId, e.ErrorCode])).toEqual([
        ["nobody", "NotFound"],
        [User!.UserId, "BadRequest"],
      ]);
      expect((await chime().getUser({ AccountId, UserId: User!.UserId! })).User!.LicenseType).toBe(
        "Basic",
      );
      await expectError(
        chime().batchUpdateUser({
          AccountId,
          UpdateUserRequestItems: Array.from({ length: 21 }, () => ({
            UserId: User!.UserId!,
            LicenseType: "Basic" as const,
          })),
        }),
        "BadRequestException",
      );
    });

    it("U6: BatchSuspendUser suspends Team and EnterpriseLWA users and reports unknown users in UserErrors", async () => {
      const AccountId = await newAccount("U6");
      const { User } = await chime().createUser({ AccountId, Email: "u6@example.com" });
      await chime().createPhoneNumberOrder({
        ProductType: "BusinessCalling",
        E164PhoneNumbers: ["+16175550177"],
      });
      await chime().associatePhoneNumberWithUser({
        AccountId,
        UserId: User!.UserId!,
        E164PhoneNumber: "+16175550177",
      });
      const { UserErrors } = await chime().batchSuspendUser({
        AccountId,
        UserIdList: [User!.UserId!, "nobody"],
      });
      expect(UserErrors).toEqual([
        expect.objectContaining({ UserId: "nobody", ErrorCode: "NotFound" }),
      ]);
      expect(
        (await chime().getUser({ AccountId, UserId: User!.UserId! })).User!.UserRegistrationStatus,
      ).toBe("Suspended");
      // A suspended Team user leaves the account, so their number goes back to the inventory.
      expect(
        (await chime().getUser({ AccountId, UserId: User!.UserId! })).User!
          .PrimaryProvisionedNumber,
      ).toBeUndefined();
      expect(
        (await chime().getPhoneNumber({ PhoneNumberId: "+16175550177" })).PhoneNumber!.Status,
      ).toBe("Unassigned");
      await expectError(
        chime().batchSuspendUser({
          AccountId,
          UserIdList: Array.from({ length: 51 }, (_, i) => `id-${i}`),
        }),
        "BadRequestException",
      );
      const enterprise = await lwa();
      await enterprise.batchSuspendUser({ AccountId: LWA, UserIdList: ["u0000000-lwa-1"] });
      expect(
        (await enterprise.getUser({ AccountId: LWA, UserId: "u0000000-lwa-1" })).User!
          .UserRegistrationStatus,
      ).toBe("Suspended");
    });

    it("U7: BatchUnsuspendUser works on EnterpriseLWA accounts only, ignores users who are not suspended", async () => {
      const enterprise = await lwa();
      await enterprise.batchSuspendUser({ AccountId: LWA, UserIdList: ["u0000000-lwa-2"] });
      const { UserErrors } = await enterprise.batchUnsuspendUser({
        AccountId: LWA,
        UserIdList: ["u0000000-lwa-2", "u0000000-lwa-2", "nobody"],
      });
      expect(UserErrors!.map((e) => [e.UserId, e.ErrorCode])).toEqual([["nobody", "NotFound"]]);
      expect(
        (await enterprise.getUser({ AccountId: LWA, UserId: "u0000000-lwa-2" })).User!
          .UserRegistrationStatus,
      ).toBe("Registered");
      const AccountId = await newAccount("U7 team");
      const { User } = await chime().createUser({ AccountId, Email: "u7@example.com" });
      const refused = await expectError(
        chime().batchUnsuspendUser({ AccountId, UserIdList: [User!.UserId!] }),
        "BadRequestException",
      );
      expect(refused.message).toContain("EnterpriseLWA");
    });

    it("U8: LogoutUser signs a user out (204) and needs the user to exist", async () => {
      const AccountId = await newAccount("U8");
      const { User } = await chime().createUser({ AccountId, Email: "u8@example.com" });
      const output = await chime().logoutUser({ AccountId, UserId: User!.UserId! });
      expect(output.$metadata.httpStatusCode).toBe(204);
      const state = await env().emulator.exportState();
      const stored = Object.values(state.awsAccounts)
        .flatMap((p) => p.records)
        .find((r) => r.id === User!.UserId);
      expect(stored!.value).toMatchObject({ LastLogoutTimestamp: "2025-01-01T00:00:00.000Z" });
      await expectError(chime().logoutUser({ AccountId, UserId: "nobody" }), "NotFoundException");
    });

    it("U9: ResetPersonalPIN issues a new PIN", async () => {
      const AccountId = await newAccount("U9");
      const { User } = await chime().createUser({ AccountId, Email: "u9@example.com" });
      const reset = await chime().resetPersonalPIN({ AccountId, UserId: User!.UserId! });
      expect(reset.User!.PersonalPIN).toMatch(/^\d{10}$/);
      expect(reset.User!.PersonalPIN).not.toBe(User!.PersonalPIN);
      expect((await chime().getUser({ AccountId, UserId: User!.UserId! })).User!.PersonalPIN).toBe(
        reset.User!.PersonalPIN,
      );
    });

    it("U10: user telephony settings allow everything until updated", async () => {
      const AccountId = await newAccount("U10");
      const { User } = await chime().createUser({ AccountId, Email: "u10@example.com" });
      const UserId = User!.UserId!;
      expect((await chime().getUserSettings({ AccountId, UserId })).UserSettings).toEqual({
        Telephony: { InboundCalling: true, OutboundCalling: true, SMS: true },
      });
      await chime().updateUserSettings({
        AccountId,
        UserId,
        UserSettings: { Telephony: { InboundCalling: true, OutboundCalling: false, SMS: false } },
      });
      expect(
        (await chime().getUserSettings({ AccountId, UserId })).UserSettings!.Telephony,
      ).toEqual({
        InboundCalling: true,
        OutboundCalling: false,
        SMS: false,
      });
      await expectError(
        chime().getUserSettings({ AccountId, UserId: "nobody" }),
        "NotFoundException",
      );
    });

    it("U11: an email belongs to one account of an AWS account: InviteUsers and seeds refuse a second, and change nothing", async () => {
      const first = await newAccount("U11 first");
      const second = await newAccount("U11 second");
      await chime().createUser({ AccountId: first, Email: "u11@example.com" });
      const refused = await expectError(
        chime().inviteUsers({
          AccountId: second,
          UserEmailList: ["u11-new@example.com", "U11@example.com"],
        }),
        // InviteUsers models no ConflictException: the emulator answers its BadRequestException.
        "BadRequestException",
        400,
      );
      expect(refused.message).toContain(`account ${first}`);
      const invited = await chime().listUsers({ AccountId: second });
      expect(invited.Users).toEqual([]);
      const byEmail = await chime().listAccounts({ UserEmail: "u11@example.com" });
      expect(byEmail.Accounts!.map((a) => a.AccountId)).toEqual([first]);

      const seed = env().emulator.seed({
        awsAccounts: {
          "444455556666": {
            accounts: [
              { Name: "U11 seed one", users: [{ PrimaryEmail: "shared@example.com" }] },
              { Name: "U11 seed two", users: [{ PrimaryEmail: "Shared@example.com" }] },
            ],
          },
        },
      });
      await expect(seed).rejects.toThrow(
        /accounts\[1\]\.users\[0\]\.PrimaryEmail: ConflictException: .*shared@example\.com/i,
      );
      expect(await env().emulator.awsAccounts()).not.toContain("444455556666");
    });
  },
  { emulator: { accessKeys: { AKIDLWA: { awsAccountId: "333344445555" } } } },
);
