import { describe, expect, it } from "vitest";
import { AwsEnvironment } from "../support/aws-environment.js";
import { QueueHandler } from "../support/queue-handler.js";
import { getUser } from "../support/schemas.js";
import { RuntimeClient, SchemaCommand, testCredentials } from "../support/test-client.js";

const ok = { statusCode: 200, body: JSON.stringify({ User: { UserId: "u" } }) };
const input = { AccountId: "a", UserId: "u" };

describe("client configuration", () => {
  it("defaults to us-east-1, the global Chime endpoint and 3 attempts", async () => {
    // Nothing configured: an empty home and no AWS_* variables.
    const environment = new AwsEnvironment({});
    try {
      const client = new RuntimeClient({ credentials: testCredentials });
      expect(await client.config.region()).toBe("us-east-1");
      expect(await client.config.endpoint()).toMatchObject({
        protocol: "https:",
        hostname: "service.chime.aws.amazon.com",
        path: "/",
      });
      expect(await client.config.maxAttempts()).toBe(3);
      expect(client.config.apiVersion).toBe("2018-05-01");
    } finally {
      environment.restore();
    }
  });

  it("accepts region and endpoint as values or providers", async () => {
    const client = new RuntimeClient({
      credentials: testCredentials,
      region: async () => "eu-central-1",
      endpoint: async () => ({ protocol: "http:", hostname: "localhost", port: 8080, path: "/" }),
    });
    expect(await client.config.region()).toBe("eu-central-1");
    expect(await client.config.endpoint()).toMatchObject({ hostname: "localhost", port: 8080 });
  });

  it("signs with the configured region", async () => {
    const handler = new QueueHandler(ok);
    const client = new RuntimeClient({
      credentials: testCredentials,
      region: "eu-west-2",
      requestHandler: handler,
    });
    await client.send(new SchemaCommand(getUser, input));
    expect(handler.requests[0]!.headers.authorization).toContain("/eu-west-2/chime/aws4_request");
  });

  it("rejects an endpoint that is not an absolute URL, saying what is expected", () => {
    expect(() => new RuntimeClient({ endpoint: "localhost:8080" })).toThrow(
      /endpoint "localhost:8080" is not an absolute http\(s\) URL/,
    );
  });

  it("loads the default credential chain when no credentials are given", async () => {
    const environment = new AwsEnvironment({
      AWS_ACCESS_KEY_ID: "AKIDFROMENV",
      AWS_SECRET_ACCESS_KEY: "secret-from-env",
    });
    try {
      const handler = new QueueHandler(ok);
      const client = new RuntimeClient({ requestHandler: handler });
      await client.send(new SchemaCommand(getUser, input));
      expect(handler.requests[0]!.headers.authorization).toContain("Credential=AKIDFROMENV/");
    } finally {
      environment.restore();
    }
  });

  it("calls a credentials provider once, and again when its credentials expire", async () => {
    let calls = 0;
    const provider = async () => {
      calls += 1;
      return {
        accessKeyId: `AKID${calls}`,
        secretAccessKey: "s",
        expiration: new Date(Date.now() + (calls === 1 ? 60_000 : 3_600_000)),
      };
    };
    const handler = new QueueHandler(ok, ok, ok);
    const client = new RuntimeClient({ credentials: provider, requestHandler: handler });
    await client.send(new SchemaCommand(getUser, input));
    await client.send(new SchemaCommand(getUser, input));
    await client.send(new SchemaCommand(getUser, input));
    // The first credentials expire within the refresh margin, so the second call refreshes them.
    expect(calls).toBe(2);
    expect(
      handler.requests.map((r) => /Credential=(\w+)\//.exec(r.headers.authorization!)![1]),
    ).toEqual(["AKID1", "AKID2", "AKID2"]);
  });

  it("logs each call with sensitive members hidden when given a logger", async () => {
    const entries: unknown[] = [];
    const logger = {
      debug() {},
      info: (entry: unknown) => entries.push(entry),
      warn() {},
      error() {},
    };
    const handler = new QueueHandler({
      statusCode: 200,
      body: JSON.stringify({ User: { UserId: "u", PrimaryEmail: "secret@example.com" } }),
    });
    const client = new RuntimeClient({
      credentials: testCredentials,
      requestHandler: handler,
      logger,
    });
    await client.send(new SchemaCommand(getUser, input));
    expect(entries).toEqual([
      {
        clientName: "ChimeClient",
        commandName: "GetUserCommand",
        input,
        output: { User: { UserId: "u", PrimaryEmail: "***SensitiveInformation***" } },
        metadata: expect.objectContaining({ httpStatusCode: 200, attempts: 1 }),
      },
    ]);
  });

  it("lets users add their own middleware to the client's stack", async () => {
    const handler = new QueueHandler(ok);
    const client = new RuntimeClient({ credentials: testCredentials, requestHandler: handler });
    client.middlewareStack.add(
      (next) => async (args: any) => {
        args.request.headers["x-custom"] = "yes";
        return next(args);
      },
      { step: "build", name: "customHeader" },
    );
    await client.send(new SchemaCommand(getUser, input));
    expect(handler.requests[0]!.headers["x-custom"]).toBe("yes");
    expect(handler.requests[0]!.headers.authorization).toMatch(/SignedHeaders=[^,]*x-custom/);
  });
});
