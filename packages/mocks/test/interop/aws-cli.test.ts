import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChimeEmulator } from "../../src/emulator/chime-emulator.js";
import { startEmulatorServer, type RunningEmulator } from "../../src/http/start-server.js";
import { available, credentialsEnv, run } from "./tools.js";

const hasCli = await available("aws", ["--version"]);
if (!hasCli)
  console.warn(
    "interop: the AWS CLI (aws) is not on this machine; the AWS CLI interop tests are skipped",
  );

describe.skipIf(!hasCli)("AWS CLI against the emulator", { timeout: 180000 }, () => {
  let running: RunningEmulator;
  const env = credentialsEnv("AKIDAWSCLI");
  const aws = async (...args: string[]) => {
    const { stdout } = await run(
      "aws",
      ["chime", ...args, "--endpoint-url", running.url, "--output", "json"],
      {
        env,
        timeout: 60_000,
      },
    );
    return stdout.trim() === "" ? {} : JSON.parse(stdout);
  };

  beforeAll(async () => {
    running = await startEmulatorServer({ emulator: new ChimeEmulator(), port: 0 });
  });
  afterAll(() => running.close());

  it("runs an account, user and phone number life cycle with signed requests", async () => {
    const { Account } = await aws("create-account", "--name", "cli account");
    expect(Account).toMatchObject({ Name: "cli account", AccountType: "Team" });
    const { User } = await aws(
      "create-user",
      "--account-id",
      Account.AccountId,
      "--email",
      "cli@example.com",
    );
    expect(User.PrimaryEmail).toBe("cli@example.com");
    const listed = await aws(
      "list-users",
      "--account-id",
      Account.AccountId,
      "--user-email",
      "cli@example.com",
    );
    expect(listed.Users.map((u: { UserId: string }) => u.UserId)).toEqual([User.UserId]);
    const search = await aws(
      "search-available-phone-numbers",
      "--area-code",
      "206",
      "--max-results",
      "1",
    );
    expect(search.E164PhoneNumbers).toEqual(["+12065550100"]);
    await aws(
      "create-phone-number-order",
      "--product-type",
      "BusinessCalling",
      "--e164-phone-numbers",
      "+12065550100",
    );
    await aws(
      "associate-phone-number-with-user",
      "--account-id",
      Account.AccountId,
      "--user-id",
      User.UserId,
      "--e164-phone-number",
      "+12065550100",
    );
    const { PhoneNumber } = await aws("get-phone-number", "--phone-number-id", "+12065550100");
    expect(PhoneNumber.Status).toBe("Assigned");
    const calls = running.calls.list({ operation: "AssociatePhoneNumberWithUser" });
    expect(calls[0].awsAccountId).toBe(
      running.emulator.awsAccountIdOf({ accessKeyId: "AKIDAWSCLI" }),
    );
  });

  it("pages with the CLI's own paginator and reports modeled errors", async () => {
    const { Account } = await aws("create-account", "--name", "paged");
    for (let i = 0; i < 5; i += 1)
      await aws("create-user", "--account-id", Account.AccountId, "--email", `p${i}@example.com`);
    const all = await aws("list-users", "--account-id", Account.AccountId, "--page-size", "2");
    expect(all.Users).toHaveLength(5);
    const failure = await run(
      "aws",
      [
        "chime",
        "get-user",
        "--account-id",
        Account.AccountId,
        "--user-id",
        "nobody",
        "--endpoint-url",
        running.url,
      ],
      { env },
    ).then(
      () => "",
      (error: { stderr: string }) => error.stderr,
    );
    expect(failure).toContain("NotFoundException");
  });
});
