import { describe, expect, it } from "vitest";
import { QueueHandler } from "../support/queue-handler.js";
import { deletePhoneNumber, getUser } from "../support/schemas.js";
import { RuntimeClient, SchemaCommand, testCredentials } from "../support/test-client.js";

const ok = { statusCode: 200, body: JSON.stringify({ User: { UserId: "u" } }) };
const input = { AccountId: "a", UserId: "u" };

function markerMiddleware(value: string) {
  return (next: any) => async (args: any) => {
    args.request.headers["x-marker"] = value;
    return next(args);
  };
}

describe("reused middleware handlers", () => {
  it("still run middleware added to the client after earlier calls", async () => {
    const handler = new QueueHandler(ok, ok, ok);
    const client = new RuntimeClient({ credentials: testCredentials, requestHandler: handler });
    await client.send(new SchemaCommand(getUser, input));
    client.middlewareStack.add(markerMiddleware("one"), { step: "build", name: "marker" });
    await client.send(new SchemaCommand(getUser, input));
    client.middlewareStack.remove("marker");
    await client.send(new SchemaCommand(getUser, input));
    expect(handler.requests.map((request) => request.headers["x-marker"])).toEqual([
      undefined,
      "one",
      undefined,
    ]);
  });

  it("run a command's own middleware, and keep operations apart", async () => {
    const handler = new QueueHandler(ok, { statusCode: 204 }, ok);
    const client = new RuntimeClient({ credentials: testCredentials, requestHandler: handler });
    await client.send(new SchemaCommand(getUser, input));
    await client.send(new SchemaCommand(deletePhoneNumber, { PhoneNumberId: "p" }));
    const command = new SchemaCommand(getUser, input);
    command.middlewareStack.add(markerMiddleware("own"), { step: "build", name: "own" });
    await client.send(command);
    expect(
      handler.requests.map((request) => [request.method, request.headers["x-marker"]]),
    ).toEqual([
      ["GET", undefined],
      ["DELETE", undefined],
      ["GET", "own"],
    ]);
  });

  it("are not kept when cacheMiddleware is false", async () => {
    const handler = new QueueHandler(ok, ok);
    const client = new RuntimeClient({
      credentials: testCredentials,
      requestHandler: handler,
      cacheMiddleware: false,
    });
    expect(client.config.handlerCache).toBeUndefined();
    await client.send(new SchemaCommand(getUser, input));
    await client.send(new SchemaCommand(getUser, input));
    expect(handler.requests).toHaveLength(2);
  });
});
