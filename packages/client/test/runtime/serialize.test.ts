import { describe, expect, it } from "vitest";
import { ChimeValidationError } from "../../src/runtime/exceptions.js";
import { QueueHandler } from "../support/queue-handler.js";
import {
  associatePhoneNumber,
  batchUpdateUser,
  createRoom,
  deletePhoneNumber,
  fileOperation,
  getUser,
  listUsers,
} from "../support/schemas.js";
import { RuntimeClient, SchemaCommand, testCredentials } from "../support/test-client.js";

function setup(endpoint = "https://chime.example.test") {
  const handler = new QueueHandler();
  const client = new RuntimeClient({
    endpoint,
    credentials: testCredentials,
    requestHandler: handler,
  });
  return { handler, client };
}

describe("request serialization", () => {
  it("percent-encodes labels, keeping phone numbers' + as %2B", async () => {
    const { handler, client } = setup();
    handler.push({ statusCode: 204 });
    await client.send(new SchemaCommand(deletePhoneNumber, { PhoneNumberId: "+12065550100" }));
    expect(handler.requests[0]!.path).toBe("/phone-numbers/%2B12065550100");
  });

  it("encodes reserved characters, spaces and non-ASCII text in labels", async () => {
    const { handler, client } = setup();
    handler.push({ statusCode: 200, body: "{}" });
    await client.send(
      new SchemaCommand(getUser, { AccountId: "a/b?c#d", UserId: "José O'Neil (x)*" }),
    );
    expect(handler.requests[0]!.path).toBe(
      "/accounts/a%2Fb%3Fc%23d/users/Jos%C3%A9%20O%27Neil%20%28x%29%2A",
    );
  });

  it("keeps slashes of greedy labels and writes header members", async () => {
    const { handler, client } = setup();
    handler.push({ statusCode: 200, headers: { "content-length": "0" } });
    await client.send(
      new SchemaCommand(fileOperation, {
        Key: "a b/c+d",
        IfModifiedSince: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)),
        Tags: ["x", "y"],
      }),
    );
    const request = handler.requests[0]!;
    expect(request.path).toBe("/files/a%20b/c%2Bd");
    expect(request.headers["if-modified-since"]).toBe("Tue, 02 Jan 2024 03:04:05 GMT");
    expect(request.headers["x-tags"]).toBe("x, y");
  });

  it("keeps the URI's literal query and sends only body members in the JSON body", async () => {
    const { handler, client } = setup();
    handler.push({ statusCode: 200, body: "{}" });
    await client.send(
      new SchemaCommand(associatePhoneNumber, {
        AccountId: "acct",
        UserId: "user",
        E164PhoneNumber: "+12065550100",
        Unmodeled: "dropped",
      }),
    );
    const request = handler.requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/accounts/acct/users/user");
    expect(request.query).toEqual({ operation: "associate-phone-number" });
    expect(handler.jsonBody()).toEqual({ E164PhoneNumber: "+12065550100" });
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["content-length"]).toBe(String(request.body.length));
  });

  it("writes query lists as repeated parameters, booleans and numbers as text, timestamps as ISO 8601", async () => {
    const { handler, client } = setup();
    handler.push({ statusCode: 200, body: "{}" });
    await client.send(
      new SchemaCommand(listUsers, {
        AccountId: "acct",
        UserEmail: "a+b@example.com",
        MaxResults: 50,
        Active: false,
        Types: ["PrivateUser", "SharedDevice"],
        Since: new Date(Date.UTC(2024, 5, 1)),
      }),
    );
    const request = handler.requests[0]!;
    expect(request.query).toEqual({
      "user-email": "a+b@example.com",
      "max-results": "50",
      active: "false",
      type: ["PrivateUser", "SharedDevice"],
      since: "2024-06-01T00:00:00Z",
    });
    expect(request.body).toBeUndefined();
  });

  it("leaves out optional members that are missing, and sends no body without body members", async () => {
    const { handler, client } = setup();
    handler.push({ statusCode: 200, body: "{}" });
    await client.send(new SchemaCommand(listUsers, { AccountId: "acct", UserEmail: undefined }));
    expect(handler.requests[0]!.query).toEqual({});
    expect(handler.requests[0]!.headers["content-type"]).toBeUndefined();
  });

  it("fills a missing idempotency token with a fresh UUID and keeps a given one", async () => {
    const { handler, client } = setup();
    handler.push(
      { statusCode: 201, body: "{}" },
      { statusCode: 201, body: "{}" },
      { statusCode: 201, body: "{}" },
    );
    const input = { AccountId: "acct", Name: "room" };
    await client.send(new SchemaCommand(createRoom, input));
    await client.send(new SchemaCommand(createRoom, input));
    await client.send(
      new SchemaCommand(createRoom, { ...input, ClientRequestToken: "given-token" }),
    );
    const tokens = [0, 1, 2].map((index) => (handler.jsonBody(index) as any).ClientRequestToken);
    expect(tokens[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(tokens[1]).not.toBe(tokens[0]);
    expect(tokens[2]).toBe("given-token");
    expect(input).toEqual({ AccountId: "acct", Name: "room" });
  });

  it("prefixes the endpoint's path and sets the host header with its port", async () => {
    const { handler, client } = setup("http://127.0.0.1:4566/prefix/");
    handler.push({ statusCode: 200, body: "{}" });
    await client.send(new SchemaCommand(getUser, { AccountId: "a", UserId: "u" }));
    const request = handler.requests[0]!;
    expect(request.path).toBe("/prefix/accounts/a/users/u");
    expect(request.headers.host).toBe("127.0.0.1:4566");
    expect(request.protocol).toBe("http:");
  });

  it("signs every request with SigV4 for service chime in us-east-1 by default", async () => {
    const { handler, client } = setup();
    handler.push({ statusCode: 200, body: "{}" });
    await client.send(new SchemaCommand(getUser, { AccountId: "a", UserId: "u" }));
    const authorization = handler.requests[0]!.headers.authorization!;
    expect(authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/chime\/aws4_request, SignedHeaders=[^,]*host[^,]*, Signature=[0-9a-f]{64}$/,
    );
    expect(handler.requests[0]!.headers["x-amz-date"]).toMatch(/^\d{8}T\d{6}Z$/);
  });
});

describe("client-side validation", () => {
  it.each([
    [{ UserId: "u" }, /GetUser: input member AccountId is required/],
    [{ AccountId: "", UserId: "u" }, /GetUser: input member AccountId must not be empty/],
    [{ AccountId: "a", UserId: ".." }, /GetUser: input member UserId must not be "\.\."/],
  ])("rejects %j before any request is sent", async (input, message) => {
    const { handler, client } = setup();
    const call = client.send(new SchemaCommand(getUser, input));
    await expect(call).rejects.toThrow(ChimeValidationError);
    await expect(call).rejects.toThrow(message);
    expect(handler.requests).toHaveLength(0);
  });

  it("names missing required members of nested structures with their path", async () => {
    const { handler, client } = setup();
    const call = client.send(
      new SchemaCommand(batchUpdateUser, {
        AccountId: "a",
        UpdateUserRequestItems: [{ UserId: "u1" }, { LicenseType: "Pro" }],
      }),
    );
    await expect(call).rejects.toMatchObject({
      name: "ChimeValidationError",
      operation: "BatchUpdateUser",
      member: "UpdateUserRequestItems[1].UserId",
    });
    expect(handler.requests).toHaveLength(0);
  });

  it("rejects a missing required body member", async () => {
    const { client } = setup();
    await expect(
      client.send(new SchemaCommand(associatePhoneNumber, { AccountId: "a", UserId: "u" })),
    ).rejects.toThrow("AssociatePhoneNumberWithUser: input member E164PhoneNumber is required");
  });
});
