import { describe, expect, it } from "vitest";
import { createItemIterator, createPaginator } from "../../src/runtime/paginate.js";
import { QueueHandler } from "../support/queue-handler.js";
import { listUsers } from "../support/schemas.js";
import { RuntimeClient, SchemaCommand, testCredentials } from "../support/test-client.js";

const paginateListUsers = createPaginator<any, any>({
  command: (input) => new SchemaCommand(listUsers, input),
  inputToken: "NextToken",
  outputToken: "NextToken",
  pageSize: "MaxResults",
});
const listUsersItems = createItemIterator<any, any, { UserId: string }>(paginateListUsers, "Users");

function page(ids: string[], next?: string) {
  return {
    statusCode: 200,
    body: JSON.stringify({ Users: ids.map((UserId) => ({ UserId })), NextToken: next }),
  };
}

function setup() {
  const handler = new QueueHandler(page(["1", "2"], "t1"), page(["3"], "t2"), page([]));
  const client = new RuntimeClient({ credentials: testCredentials, requestHandler: handler });
  return { handler, client };
}

describe("paginators", () => {
  it("follows NextToken until a page has none, sending the page size", async () => {
    const { handler, client } = setup();
    const pages = [];
    for await (const output of paginateListUsers({ client, pageSize: 2 }, { AccountId: "a" })) {
      pages.push(output.Users.map((user: { UserId: string }) => user.UserId));
    }
    expect(pages).toEqual([["1", "2"], ["3"], []]);
    expect(handler.requests.map((request) => request.query)).toEqual([
      { "max-results": "2" },
      { "max-results": "2", "next-token": "t1" },
      { "max-results": "2", "next-token": "t2" },
    ]);
  });

  it("starts from startingToken", async () => {
    const { handler, client } = setup();
    const iterator = paginateListUsers({ client, startingToken: "t0" }, { AccountId: "a" });
    await iterator.next();
    expect(handler.requests[0]!.query).toEqual({ "next-token": "t0" });
  });

  it("iterates over every item of every page", async () => {
    const { client } = setup();
    const ids = [];
    for await (const user of listUsersItems({ client }, { AccountId: "a" })) {
      ids.push(user.UserId);
    }
    expect(ids).toEqual(["1", "2", "3"]);
  });

  it("stops on a repeated token when asked to", async () => {
    const handler = new QueueHandler(page(["1"], "same"), page(["2"], "same"), page(["3"], "same"));
    const client = new RuntimeClient({ credentials: testCredentials, requestHandler: handler });
    const pages = [];
    for await (const output of paginateListUsers(
      { client, startingToken: "same", stopOnSameToken: true },
      { AccountId: "a" },
    )) {
      pages.push(output);
    }
    expect(pages).toHaveLength(1);
  });
});
