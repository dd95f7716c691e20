// A program written for @aws-sdk/client-chime: bare client, commands, enums, $metadata.
import {
  ChimeClient,
  CreateAccountCommand,
  GetUserCommand,
  License,
  UpdateUserCommand,
  type ChimeClientConfig,
  type GetUserCommandOutput,
  type User,
} from "@aws-sdk/client-chime";

const config: ChimeClientConfig = {
  region: "us-east-1",
  endpoint: process.env.CHIME_ENDPOINT,
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
  maxAttempts: 2,
};
const client = new ChimeClient(config);

client.middlewareStack.add(
  (next) => async (args) => {
    const request = args.request as { headers: Record<string, string> };
    request.headers["x-program"] = "commands";
    return next(args);
  },
  { step: "build", name: "programHeader" },
);

function describeUser(user: User | undefined): string {
  const registered = user?.RegisteredOn ? user.RegisteredOn.toISOString() : "never";
  return `${user?.UserId} <${user?.PrimaryEmail}> ${user?.LicenseType} registered ${registered}`;
}

const output: GetUserCommandOutput = await client.send(
  new GetUserCommand({ AccountId: "acct-1", UserId: "user-1" }),
);
const created = await client.send(new CreateAccountCommand({ Name: "Example Corp" }));
const updated = await client.send(
  new UpdateUserCommand({ AccountId: "acct-1", UserId: "user-1", LicenseType: License.Pro }),
);

console.log(
  JSON.stringify({
    user: describeUser(output.User),
    status: output.$metadata.httpStatusCode,
    requestId: output.$metadata.requestId,
    attempts: output.$metadata.attempts,
    account: created.Account?.Name,
    created: created.Account?.CreatedTimestamp instanceof Date,
    accountStatus: created.$metadata.httpStatusCode,
    updatedLicense: updated.User?.LicenseType,
  }),
);
client.destroy();
