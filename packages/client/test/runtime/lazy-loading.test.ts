import { describe, expect, it, vi } from "vitest";
import { QueueHandler } from "../support/queue-handler.js";
import { getUser } from "../support/schemas.js";
import { RuntimeClient, SchemaCommand, testCredentials } from "../support/test-client.js";

/**
 * The shared-config loaders, the configured-endpoint resolver and the
 * default credential chain are imported only for what a program leaves out:
 * a program that passes every setting loads none of them. Each module is
 * replaced by a stand-in that records its import and then behaves as the
 * real one.
 */

const imported = vi.hoisted(() => new Set<string>());

vi.mock("../../src/runtime/shared-config.js", async (importOriginal) => {
  imported.add("shared-config");
  return importOriginal();
});
vi.mock("../../src/runtime/configured-endpoint.js", async (importOriginal) => {
  imported.add("configured-endpoint");
  return importOriginal();
});
vi.mock("../../src/runtime/default-credentials.js", async (importOriginal) => {
  imported.add("default-credentials");
  return importOriginal();
});

const ok = { statusCode: 200, body: JSON.stringify({ User: { UserId: "u" } }) };
const input = { AccountId: "a", UserId: "u" };

describe("lazily loaded configuration", () => {
  it("is not loaded by a program that passes every setting", async () => {
    const client = new RuntimeClient({
      region: "us-east-1",
      endpoint: "http://127.0.0.1:4566",
      credentials: testCredentials,
      maxAttempts: 2,
      retryMode: "standard",
      requestHandler: new QueueHandler(ok),
    });
    await client.send(new SchemaCommand(getUser, input));
    expect([...imported]).toEqual([]);
  });

  it("loads the config loaders, and only them, for a setting left out", async () => {
    const client = new RuntimeClient({
      region: "us-east-1",
      endpoint: "http://127.0.0.1:4566",
      credentials: testCredentials,
      requestHandler: new QueueHandler(ok),
    });
    await client.send(new SchemaCommand(getUser, input));
    expect([...imported]).toEqual(["shared-config"]);
  });

  it("loads the configured-endpoint resolver for a program that leaves the endpoint out", async () => {
    const client = new RuntimeClient({
      region: "us-east-1",
      credentials: testCredentials,
      maxAttempts: 2,
      retryMode: "standard",
      requestHandler: new QueueHandler(ok),
    });
    await client.send(new SchemaCommand(getUser, input));
    // The loaders of the test before stay imported; the resolver is new.
    expect([...imported]).toEqual(["shared-config", "configured-endpoint"]);
  });
});
