import { describe, expect, it } from "vitest";
import { ChimeServiceException } from "../../src/runtime/exceptions.js";
import { QueueHandler } from "../support/queue-handler.js";
import {
  createRoom,
  deletePhoneNumber,
  fileOperation,
  getUser,
  listUsers,
  NotFoundException,
} from "../support/schemas.js";
import { RuntimeClient, SchemaCommand, testCredentials } from "../support/test-client.js";

function setup(...responses: ConstructorParameters<typeof QueueHandler>) {
  const handler = new QueueHandler(...responses);
  const client = new RuntimeClient({
    credentials: testCredentials,
    requestHandler: handler,
    maxAttempts: 1,
  });
  return { handler, client };
}

const getUserInput = { AccountId: "a", UserId: "u" };

describe("response deserialization", () => {
  it("parses ISO 8601 timestamps to Dates, drops nulls and unmodeled members", async () => {
    const { client } = setup({
      statusCode: 200,
      headers: { "x-amzn-requestid": "req-1", "content-type": "application/json" },
      body: JSON.stringify({
        User: {
          UserId: "u",
          PrimaryEmail: null,
          RegisteredOn: "2018-12-20T18:45:25.231Z",
          IsProTrial: false,
          Unmodeled: "x",
        },
        Extra: 1,
      }),
    });
    const output = await client.send(new SchemaCommand(getUser, getUserInput));
    expect(output.User).toEqual({
      UserId: "u",
      RegisteredOn: new Date("2018-12-20T18:45:25.231Z"),
      IsProTrial: false,
    });
    expect(output.User.RegisteredOn).toBeInstanceOf(Date);
    expect(output).not.toHaveProperty("Extra");
    expect(output.$metadata).toMatchObject({
      httpStatusCode: 200,
      requestId: "req-1",
      attempts: 1,
      totalRetryDelay: 0,
    });
  });

  it("accepts epoch-second numbers for date-time members", async () => {
    const { client } = setup({
      statusCode: 201,
      body: JSON.stringify({ Room: { RoomId: "r", CreatedTimestamp: 1700000000.5 } }),
    });
    const output = await client.send(new SchemaCommand(createRoom, { AccountId: "a", Name: "n" }));
    expect(output.Room.CreatedTimestamp).toEqual(new Date(1700000000500));
  });

  it("maps lists of structures and leaves missing optional members out", async () => {
    const { client } = setup({
      statusCode: 200,
      body: JSON.stringify({ Users: [{ UserId: "1" }, { UserId: "2", IsProTrial: true }] }),
    });
    const output = await client.send(new SchemaCommand(listUsers, { AccountId: "a" }));
    expect(output.Users).toEqual([{ UserId: "1" }, { UserId: "2", IsProTrial: true }]);
    expect("NextToken" in output).toBe(false);
  });

  it("returns only $metadata for a 204 with an empty body", async () => {
    const { client } = setup({ statusCode: 204, headers: { "x-amzn-requestid": "r204" } });
    const output = await client.send(new SchemaCommand(deletePhoneNumber, { PhoneNumberId: "p" }));
    expect(Object.keys(output)).toEqual(["$metadata"]);
    expect(output.$metadata.httpStatusCode).toBe(204);
    expect(output.$metadata.requestId).toBe("r204");
  });

  it("reads header-bound members and the response code", async () => {
    const { client } = setup({ statusCode: 200, headers: { "Content-Length": "0" } });
    const output = await client.send(new SchemaCommand(fileOperation, { Key: "k" }));
    expect(output.Size).toBe(0);
    expect(output.Status).toBe(200);
  });

  it("reports a body that is not JSON with the operation's name", async () => {
    const { client } = setup({ statusCode: 200, body: "<html>oops</html>" });
    await expect(client.send(new SchemaCommand(getUser, getUserInput))).rejects.toThrow(
      /GetUser: the response body is not valid JSON/,
    );
  });
});

describe("error parsing", () => {
  it("maps x-amzn-ErrorType to the modeled class, with Code, Message and $metadata", async () => {
    const { client } = setup({
      statusCode: 404,
      headers: {
        "x-amzn-errortype":
          "NotFoundException:http://internal.amazon.com/coral/com.amazonaws.chime/",
        "x-amzn-requestid": "req-404",
      },
      body: JSON.stringify({ Code: "NotFound", Message: "No such user" }),
    });
    const error = await client.send(new SchemaCommand(getUser, getUserInput)).catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundException);
    expect(error).toBeInstanceOf(ChimeServiceException);
    expect(error).toMatchObject({
      name: "NotFoundException",
      $fault: "client",
      Code: "NotFound",
      Message: "No such user",
      message: "No such user",
      $metadata: { httpStatusCode: 404, requestId: "req-404", attempts: 1 },
    });
    expect(error.$response.statusCode).toBe(404);
  });

  it("recognises the error type from the body's __type (with a namespace) or Code", async () => {
    const { client } = setup(
      {
        statusCode: 404,
        body: JSON.stringify({ __type: "com.amazonaws.chime#NotFoundException", Message: "m" }),
      },
      { statusCode: 404, body: JSON.stringify({ Code: "NotFound", Message: "m2" }) },
    );
    const first = await client.send(new SchemaCommand(getUser, getUserInput)).catch((e) => e);
    const second = await client.send(new SchemaCommand(getUser, getUserInput)).catch((e) => e);
    expect(first).toBeInstanceOf(NotFoundException);
    expect(second).toBeInstanceOf(NotFoundException);
    expect(second.Code).toBe("NotFound");
  });

  it("throws an unknown error type as ChimeServiceException named after its code", async () => {
    const { client } = setup({
      statusCode: 409,
      headers: { "x-amzn-errortype": "ConflictException" },
      body: JSON.stringify({ Code: "Conflict", Message: "busy" }),
    });
    const error = await client.send(new SchemaCommand(getUser, getUserInput)).catch((e) => e);
    expect(error).toBeInstanceOf(ChimeServiceException);
    expect(error).not.toBeInstanceOf(NotFoundException);
    expect(error).toMatchObject({
      name: "ConflictException",
      $fault: "client",
      message: "busy",
      Code: "Conflict",
      $metadata: { httpStatusCode: 409 },
    });
  });

  it("builds an error from the status alone when there is no body, or a body that is not JSON", async () => {
    const { client } = setup(
      { statusCode: 502, body: "<html>Bad Gateway</html>" },
      { statusCode: 403 },
    );
    const badGateway = await client.send(new SchemaCommand(getUser, getUserInput)).catch((e) => e);
    const forbidden = await client.send(new SchemaCommand(getUser, getUserInput)).catch((e) => e);
    expect(badGateway).toBeInstanceOf(ChimeServiceException);
    expect(badGateway).toMatchObject({ name: "502", $fault: "server", message: "UnknownError" });
    expect(forbidden).toMatchObject({ name: "403", $fault: "client" });
    expect(forbidden.$metadata.httpStatusCode).toBe(403);
  });
});
