// A program written for @aws-sdk/client-chime: a paginator, page by page.
import { ChimeClient, paginateListUsers, type User } from "@aws-sdk/client-chime";

const client = new ChimeClient({
  region: "us-east-1",
  endpoint: process.env.CHIME_ENDPOINT,
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
});

const users: User[] = [];
let pages = 0;
for await (const page of paginateListUsers({ client, pageSize: 2 }, { AccountId: "acct-1" })) {
  pages += 1;
  users.push(...(page.Users ?? []));
}

console.log(JSON.stringify({ pages, users: users.map((user) => user.UserId) }));
client.destroy();
