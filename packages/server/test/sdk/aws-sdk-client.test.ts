import {
  BadRequestException as SdkBadRequestException,
  BatchSuspendUserCommand,
  ChimeClient,
  ChimeServiceException,
  CreateUserCommand,
  GetUserCommand,
  ListUsersCommand,
  LogoutUserCommand,
  NotFoundException as SdkNotFoundException,
} from "@aws-sdk/client-chime";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createChimeServer,
  NotFoundException,
  type ChimeRequestContext,
  type ChimeService,
} from "../../src/generated/index.js";

const credentials = { accessKeyId: "AKIDSERVERTEST", secretAccessKey: "server-test-secret" };
const registeredOn = new Date("2019-12-20T18:45:25.231Z");
const seen: { operation: string; accountId?: string }[] = [];

/** A trivial in-test service: one account with one user. */
const service: Partial<ChimeService> = {
  async getUser(input, context: ChimeRequestContext) {
    seen.push({ operation: context.operation, accountId: context.identity?.awsAccountId });
    if (input.UserId !== "u-1")
      throw new NotFoundException({ Message: `No user ${input.UserId}.` });
    return {
      User: {
        UserId: "u-1",
        AccountId: input.AccountId,
        PrimaryEmail: "ann@example.com",
        LicenseType: "Pro",
        RegisteredOn: registeredOn,
      },
    };
  },
  async createUser(input) {
    return { User: { UserId: "u-2", AccountId: input.AccountId, PrimaryEmail: input.Email } };
  },
  async listUsers(input) {
    return {
      Users: [{ UserId: `max-${input.MaxResults}`, AccountId: input.AccountId }],
      NextToken: "next",
    };
  },
  async logoutUser() {},
  async batchSuspendUser(input) {
    return {
      UserErrors: (input.UserIdList ?? []).map((id) => ({
        UserId: id,
        ErrorCode: "NotFound",
        ErrorMessage: "gone",
      })),
    };
  },
};

let server: Server;
let client: ChimeClient;

beforeAll(async () => {
  server = createChimeServer(service as ChimeService, {
    auth: {
      mode: "sigv4",
      credentials: (id) =>
        id === credentials.accessKeyId
          ? { secretAccessKey: credentials.secretAccessKey, awsAccountId: "111122223333" }
          : undefined,
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  client = new ChimeClient({
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${port}`,
    credentials,
    maxAttempts: 1,
  });
});

afterAll(() => {
  client?.destroy();
  server?.close();
});

describe("@aws-sdk/client-chime against a server built from the stubs", () => {
  it("gets typed outputs, timestamps included", async () => {
    const output = await client.send(new GetUserCommand({ AccountId: "acc 1/x", UserId: "u-1" }));
    expect(output.User).toEqual({
      UserId: "u-1",
      AccountId: "acc 1/x",
      PrimaryEmail: "ann@example.com",
      LicenseType: "Pro",
      RegisteredOn: registeredOn,
    });
    expect(output.$metadata.httpStatusCode).toBe(200);
    expect(output.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen.at(-1)).toEqual({ operation: "GetUser", accountId: "111122223333" });
  });

  it("gets a modeled error thrown by the handler as the SDK's NotFoundException", async () => {
    const error = await client
      .send(new GetUserCommand({ AccountId: "a", UserId: "u-9" }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SdkNotFoundException);
    expect((error as SdkNotFoundException).message).toBe("No user u-9.");
    expect((error as SdkNotFoundException).Code).toBe("NotFound");
    expect((error as SdkNotFoundException).$metadata.httpStatusCode).toBe(404);
  });

  it("gets a validation failure as the SDK's BadRequestException", async () => {
    const error = await client
      .send(new CreateUserCommand({ AccountId: "a", Email: "not-an-email" }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SdkBadRequestException);
    expect((error as SdkBadRequestException).message).toMatch(
      /^1 validation error detected: Value at 'email' failed to satisfy constraint: Member must satisfy regular expression pattern: /,
    );
  });

  it("routes by literal query and sends typed query values", async () => {
    const created = await client.send(
      new CreateUserCommand({ AccountId: "a", Email: "bo@example.com" }),
    );
    expect(created.User).toEqual({ UserId: "u-2", AccountId: "a", PrimaryEmail: "bo@example.com" });
    const suspended = await client.send(
      new BatchSuspendUserCommand({ AccountId: "a", UserIdList: ["u-7"] }),
    );
    expect(suspended.UserErrors).toEqual([
      { UserId: "u-7", ErrorCode: "NotFound", ErrorMessage: "gone" },
    ]);
    const listed = await client.send(new ListUsersCommand({ AccountId: "a", MaxResults: 7 }));
    expect(listed).toMatchObject({
      Users: [{ UserId: "max-7", AccountId: "a" }],
      NextToken: "next",
    });
  });

  it("handles 204 responses", async () => {
    const output = await client.send(new LogoutUserCommand({ AccountId: "a", UserId: "u-1" }));
    expect(output.$metadata.httpStatusCode).toBe(204);
  });

  it("rejects a client with a wrong secret with InvalidSignatureException", async () => {
    const { port } = server.address() as AddressInfo;
    const intruder = new ChimeClient({
      region: "us-east-1",
      endpoint: `http://127.0.0.1:${port}`,
      credentials: { ...credentials, secretAccessKey: "wrong" },
      maxAttempts: 1,
    });
    const error = await intruder
      .send(new GetUserCommand({ AccountId: "a", UserId: "u-1" }))
      .catch((e: unknown) => e);
    intruder.destroy();
    expect(error).toBeInstanceOf(ChimeServiceException);
    expect((error as ChimeServiceException).name).toBe("InvalidSignatureException");
    expect((error as ChimeServiceException).$metadata.httpStatusCode).toBe(403);
  });
});
