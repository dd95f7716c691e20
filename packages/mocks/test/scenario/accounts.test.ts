import { expect, it } from "vitest";
import { expectError } from "../support/expect-error.js";
import { scenario } from "../support/scenario.js";

const ENTERPRISE_SEED = {
  awsAccounts: {
    "222233334444": {
      accounts: [
        {
          AccountId: "e0000000-0000-4000-8000-000000000001",
          Name: "Enterprise",
          AccountType: "EnterpriseLWA",
        },
      ],
    },
  },
};

scenario(
  "accounts",
  ({ env, chime }) => {
    it("A1: CreateAccount makes an active Team account with the reference's license defaults", async () => {
      const { Account } = await chime().createAccount({ Name: "A1 account" });
      expect(Account).toMatchObject({
        Name: "A1 account",
        AccountType: "Team",
        AccountStatus: "Active",
        DefaultLicense: "Pro",
        SupportedLicenses: ["Basic", "Pro"],
        AwsAccountId: env().emulator.awsAccountIdOf({ accessKeyId: "AKIDSCENARIODEFAULT" }),
      });
      expect(Account!.AccountId).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(Account!.CreatedTimestamp).toEqual(new Date("2025-01-01T00:00:00.000Z"));
      const read = await chime().getAccount({ AccountId: Account!.AccountId });
      expect(read.Account).toEqual(Account);
    });

    it("A2: GetAccount, UpdateAccount and DeleteAccount of an unknown account are NotFoundException", async () => {
      const AccountId = "00000000-0000-4000-8000-000000000000";
      const error = await expectError(chime().getAccount({ AccountId }), "NotFoundException", 404);
      expect(error.message).toContain(AccountId);
      await expectError(chime().updateAccount({ AccountId, Name: "x" }), "NotFoundException", 404);
      await expectError(chime().deleteAccount({ AccountId }), "NotFoundException", 404);
    });

    it("A3: UpdateAccount changes the name and the default license, which must be a supported one", async () => {
      const { Account } = await chime().createAccount({ Name: "A3 before" });
      const updated = await chime().updateAccount({
        AccountId: Account!.AccountId,
        Name: "A3 after",
        DefaultLicense: "Basic",
      });
      expect(updated.Account).toMatchObject({ Name: "A3 after", DefaultLicense: "Basic" });
      const error = await expectError(
        chime().updateAccount({ AccountId: Account!.AccountId, DefaultLicense: "Plus" }),
        "BadRequestException",
        400,
      );
      expect(error.message).toContain("Plus");
      expect(
        (await chime().getAccount({ AccountId: Account!.AccountId })).Account!.DefaultLicense,
      ).toBe("Basic");
    });

    it("A4: DeleteAccount refuses a Team account whose users are not all suspended, then removes everything under it", async () => {
      const { Account } = await chime().createAccount({ Name: "A4 account" });
      const AccountId = Account!.AccountId!;
      const { User } = await chime().createUser({ AccountId, Email: "a4@example.com" });
      const error = await expectError(
        chime().deleteAccount({ AccountId }),
        "UnprocessableEntityException",
        422,
      );
      expect(error.message).toContain(User!.UserId);
      await chime().batchSuspendUser({ AccountId, UserIdList: [User!.UserId!] });
      await chime().deleteAccount({ AccountId });
      await expectError(chime().getAccount({ AccountId }), "NotFoundException");
      await expectError(chime().getUser({ AccountId, UserId: User!.UserId! }), "NotFoundException");
      const state = await env().emulator.exportState();
      const leftovers = Object.values(state.awsAccounts).flatMap((partition) =>
        partition.records.filter(
          (record) => record.scope.startsWith(AccountId) || record.id === AccountId,
        ),
      );
      expect(leftovers).toEqual([]);
    });

    it("A5: ListAccounts filters by name prefix and by user email, and pages with MaxResults", async () => {
      const names = ["A5 alpha", "A5 beta", "A5 gamma", "other A5"];
      const created = [];
      for (const Name of names) created.push((await chime().createAccount({ Name })).Account!);
      await chime().createUser({ AccountId: created[1].AccountId, Email: "a5-member@example.com" });
      const byPrefix = await chime().listAccounts({ Name: "A5 " });
      expect(byPrefix.Accounts!.map((a) => a.Name)).toEqual(["A5 alpha", "A5 beta", "A5 gamma"]);
      const byEmail = await chime().listAccounts({ UserEmail: "A5-Member@example.com" });
      expect(byEmail.Accounts!.map((a) => a.AccountId)).toEqual([created[1].AccountId]);
      const first = await chime().listAccounts({ Name: "A5 ", MaxResults: 2 });
      expect(first.Accounts!.map((a) => a.Name)).toEqual(["A5 alpha", "A5 beta"]);
      expect(first.NextToken).toBeTruthy();
      const second = await chime().listAccounts({
        Name: "A5 ",
        MaxResults: 2,
        NextToken: first.NextToken,
      });
      expect(second.Accounts!.map((a) => a.Name)).toEqual(["A5 gamma"]);
      expect(second.NextToken).toBeUndefined();
    });

    it("A6: account settings start with remote control allowed and dial-out off; an update changes only what it names", async () => {
      const { Account } = await chime().createAccount({ Name: "A6 account" });
      const AccountId = Account!.AccountId!;
      expect((await chime().getAccountSettings({ AccountId })).AccountSettings).toEqual({
        DisableRemoteControl: false,
        EnableDialOut: false,
      });
      await chime().updateAccountSettings({
        AccountId,
        AccountSettings: { DisableRemoteControl: true },
      });
      await chime().updateAccountSettings({ AccountId, AccountSettings: { EnableDialOut: true } });
      expect((await chime().getAccountSettings({ AccountId })).AccountSettings).toEqual({
        DisableRemoteControl: true,
        EnableDialOut: true,
      });
    });

    it("A7: sign-in delegate groups are associated once each and disassociated by name", async () => {
      const { Account } = await chime().createAccount({ Name: "A7 account" });
      const AccountId = Account!.AccountId!;
      await chime().associateSigninDelegateGroupsWithAccount({
        AccountId,
        SigninDelegateGroups: [
          { GroupName: "admins" },
          { GroupName: "staff" },
          { GroupName: "admins" },
        ],
      });
      expect((await chime().getAccount({ AccountId })).Account!.SigninDelegateGroups).toEqual([
        { GroupName: "admins" },
        { GroupName: "staff" },
      ]);
      await chime().disassociateSigninDelegateGroupsFromAccount({
        AccountId,
        GroupNames: ["admins"],
      });
      expect((await chime().getAccount({ AccountId })).Account!.SigninDelegateGroups).toEqual([
        { GroupName: "staff" },
      ]);
    });

    it("A8: retention settings belong to Enterprise accounts, take 1 to 5475 days, and turn off when left out", async () => {
      const { Account } = await chime().createAccount({ Name: "A8 team" });
      const team = await expectError(
        chime().getRetentionSettings({ AccountId: Account!.AccountId! }),
        "BadRequestException",
        400,
      );
      expect(team.message).toContain("Team");
      await expectError(
        chime().putRetentionSettings({
          AccountId: Account!.AccountId!,
          RetentionSettings: { RoomRetentionSettings: { RetentionDays: 30 } },
        }),
        "BadRequestException",
      );
      await env().emulator.seed(ENTERPRISE_SEED);
      const enterprise = await env().client("AKIDENTERPRISE");
      const AccountId = ENTERPRISE_SEED.awsAccounts["222233334444"].accounts[0].AccountId;
      expect((await enterprise.getRetentionSettings({ AccountId })).RetentionSettings).toEqual({});
      // PutRetentionSettings answers 204, which carries no body on HTTP/1.1: the settings are read back.
      await enterprise.putRetentionSettings({
        AccountId,
        RetentionSettings: {
          RoomRetentionSettings: { RetentionDays: 30 },
          ConversationRetentionSettings: { RetentionDays: 5475 },
        },
      });
      const read = await enterprise.getRetentionSettings({ AccountId });
      expect(read.InitiateDeletionTimestamp).toEqual(new Date("2025-01-01T00:00:00.000Z"));
      expect(read.RetentionSettings).toEqual({
        RoomRetentionSettings: { RetentionDays: 30 },
        ConversationRetentionSettings: { RetentionDays: 5475 },
      });
      await expectError(
        enterprise.putRetentionSettings({
          AccountId,
          RetentionSettings: { RoomRetentionSettings: { RetentionDays: 5476 } },
        }),
        "BadRequestException",
      );
      await enterprise.putRetentionSettings({ AccountId, RetentionSettings: {} });
      const off = await enterprise.getRetentionSettings({ AccountId });
      expect(off).toMatchObject({ RetentionSettings: {} });
      expect(off.InitiateDeletionTimestamp).toBeUndefined();
    });
  },
  { emulator: { accessKeys: { AKIDENTERPRISE: { awsAccountId: "222233334444" } } } },
);
