// A program written for @aws-sdk/client-chime: the aggregated client, promise and callback styles.
import { Chime, type GetAccountCommandOutput } from "@aws-sdk/client-chime";

const chime = new Chime({
  region: "us-east-1",
  endpoint: process.env.CHIME_ENDPOINT,
  credentials: async () => ({ accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" }),
});

const user = await chime.getUser({ AccountId: "acct-1", UserId: "user-1" });
const accounts = await chime.listAccounts({});
const account = await new Promise<GetAccountCommandOutput | undefined>((resolve, reject) => {
  chime.getAccount({ AccountId: "acct-1" }, (error, data) =>
    error ? reject(error) : resolve(data),
  );
});
await chime.logoutUser({ AccountId: "acct-1", UserId: "user-1" });

console.log(
  JSON.stringify({
    email: user.User?.PrimaryEmail,
    accounts: (accounts.Accounts ?? []).map((entry) => entry.Name),
    account: account?.Account?.AccountType,
    accountStatus: account?.$metadata.httpStatusCode,
  }),
);
chime.destroy();
