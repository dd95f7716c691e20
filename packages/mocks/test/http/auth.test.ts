import { Chime } from "@aws-sdk/client-chime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChimeEmulator } from "../../src/emulator/chime-emulator.js";
import { startEmulatorServer, type RunningEmulator } from "../../src/http/start-server.js";

function client(url: string, accessKeyId: string, secretAccessKey: string) {
  return new Chime({
    endpoint: url,
    region: "us-east-1",
    credentials: { accessKeyId, secretAccessKey },
    maxAttempts: 1,
  });
}

describe("auth modes", () => {
  let sigv4: RunningEmulator;
  let presence: RunningEmulator;
  beforeAll(async () => {
    const accessKeys = {
      AKIDSIGNER: { awsAccountId: "555566667777", secretAccessKey: "right-secret" },
    };
    sigv4 = await startEmulatorServer({
      emulator: new ChimeEmulator({ accessKeys }),
      port: 0,
      auth: "sigv4",
    });
    presence = await startEmulatorServer({
      emulator: new ChimeEmulator(),
      port: 0,
      auth: "presence",
    });
  });
  afterAll(async () => {
    await sigv4.close();
    await presence.close();
  });

  it("sigv4 accepts a request signed with a configured key and puts it in that key's AWS account", async () => {
    const { Account } = await client(sigv4.url, "AKIDSIGNER", "right-secret").createAccount({
      Name: "signed",
    });
    expect(Account!.AwsAccountId).toBe("555566667777");
  });

  it("sigv4 refuses a wrong secret, an unknown key and an unsigned request", async () => {
    await expect(
      client(sigv4.url, "AKIDSIGNER", "wrong-secret").listAccounts({}),
    ).rejects.toMatchObject({
      $metadata: { httpStatusCode: 403 },
    });
    await expect(client(sigv4.url, "AKIDUNKNOWN", "x").listAccounts({})).rejects.toMatchObject({
      $metadata: { httpStatusCode: 403 },
    });
    expect((await fetch(`${sigv4.url}/accounts`)).status).toBeGreaterThanOrEqual(400);
  });

  it("presence wants an Authorization header but does not check it", async () => {
    expect((await fetch(`${presence.url}/accounts`)).status).toBeGreaterThanOrEqual(400);
    const listed = await client(presence.url, "AKIDANY", "anything").listAccounts({});
    expect(listed.Accounts).toEqual([]);
  });
});
