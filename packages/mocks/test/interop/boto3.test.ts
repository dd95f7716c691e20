import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChimeEmulator } from "../../src/emulator/chime-emulator.js";
import { startEmulatorServer, type RunningEmulator } from "../../src/http/start-server.js";
import { available, credentialsEnv, run } from "./tools.js";

const hasBoto3 = await available("python3", ["-c", "import boto3"]);
if (!hasBoto3)
  console.warn(
    "interop: python3 with boto3 is not on this machine; the boto3 interop tests are skipped",
  );

const SCRIPT = `
import json, sys, boto3
from botocore.exceptions import ClientError
chime = boto3.client("chime", endpoint_url=sys.argv[1], region_name="us-east-1")
out = {}
account = chime.create_account(Name="boto3 account")["Account"]
out["account"] = account["AccountType"]
bot = chime.create_bot(AccountId=account["AccountId"], DisplayName="bo")["Bot"]
token = chime.regenerate_security_token(AccountId=account["AccountId"], BotId=bot["BotId"])["Bot"]["SecurityToken"]
out["tokenChanged"] = token != bot["SecurityToken"]
room = chime.create_room(AccountId=account["AccountId"], Name="r")["Room"]
result = chime.batch_create_room_membership(AccountId=account["AccountId"], RoomId=room["RoomId"],
    MembershipItemList=[{"MemberId": bot["BotId"]}, {"MemberId": "nobody"}])
out["memberErrors"] = [e["ErrorCode"] for e in result["Errors"]]
for i in range(3):
    chime.create_user(AccountId=account["AccountId"], Email="b%d@example.com" % i)
pages = chime.get_paginator("list_users").paginate(AccountId=account["AccountId"], PaginationConfig={"PageSize": 2})
out["pageSizes"] = [len(p["Users"]) for p in pages]
try:
    chime.get_account(AccountId="missing")
except ClientError as e:
    out["error"] = [e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"]]
print(json.dumps(out))
`;

describe.skipIf(!hasBoto3)("boto3 against the emulator", { timeout: 120000 }, () => {
  let running: RunningEmulator;
  beforeAll(async () => {
    running = await startEmulatorServer({ emulator: new ChimeEmulator(), port: 0 });
  });
  afterAll(() => running.close());

  it("creates, pages and fails as botocore expects", async () => {
    const { stdout } = await run("python3", ["-c", SCRIPT, running.url], {
      env: credentialsEnv("AKIDBOTO3"),
      timeout: 60_000,
    });
    expect(JSON.parse(stdout)).toEqual({
      account: "Team",
      tokenChanged: true,
      memberErrors: ["NotFound"],
      pageSizes: [2, 1],
      error: ["NotFoundException", 404],
    });
  });
});

const PRESIGN_SCRIPT = `
import json, sys, urllib.request, urllib.error, boto3
chime = boto3.client("chime", endpoint_url=sys.argv[1], region_name="us-east-1")
account = chime.create_account(Name="presigned")["Account"]
url = chime.generate_presigned_url("get_account", Params={"AccountId": account["AccountId"]}, ExpiresIn=300)
def fetch(target):
    try:
        with urllib.request.urlopen(target) as response:
            return [response.status, json.load(response)["Account"]["Name"]]
    except urllib.error.HTTPError as e:
        return [e.code, json.loads(e.read())["Code"]]
tampered = url[:-1] + ("0" if url[-1] != "0" else "1")
print(json.dumps({"presigned": fetch(url), "tampered": fetch(tampered)}))
`;

describe.skipIf(!hasBoto3)("boto3 presigned URLs against the emulator", { timeout: 120000 }, () => {
  let running: RunningEmulator;
  beforeAll(async () => {
    const accessKeys = {
      AKIDBOTO3: { awsAccountId: "555566667777", secretAccessKey: "boto3-secret" },
    };
    running = await startEmulatorServer({
      emulator: new ChimeEmulator({ accessKeys }),
      port: 0,
      auth: "sigv4",
    });
  });
  afterAll(() => running.close());

  it("answers a URL from generate_presigned_url, fetched without signing, and refuses it altered", async () => {
    const { stdout } = await run("python3", ["-c", PRESIGN_SCRIPT, running.url], {
      env: { ...credentialsEnv("AKIDBOTO3"), AWS_SECRET_ACCESS_KEY: "boto3-secret" },
      timeout: 60_000,
    });
    expect(JSON.parse(stdout)).toEqual({
      presigned: [200, "presigned"],
      tampered: [403, "InvalidSignatureException"],
    });
  });
});
