import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { mayBeConfigured } from "../../src/runtime/configuration-sources.js";
import { QueueHandler } from "../support/queue-handler.js";
import { getUser } from "../support/schemas.js";
import { RuntimeClient, SchemaCommand, testCredentials } from "../support/test-client.js";

/**
 * The shared-config loaders, the configured-endpoint resolver and the
 * default credential chain are imported only for what a program leaves out:
 * a program that passes every setting loads none of them, and neither does
 * one that leaves a setting out where nothing can configure it (no
 * environment variable, no shared config file). Each module is replaced by
 * a stand-in that records its import and then behaves as the real one.
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

/** A home folder of its own for each test, with no shared config files unless the test writes them. */
function useEmptyHome(): string {
  const home = mkdtempSync(join(tmpdir(), "chimekit-home-"));
  vi.stubEnv("HOME", home);
  for (const name of [
    "USERPROFILE",
    "HOMEPATH",
    "AWS_CONFIG_FILE",
    "AWS_SHARED_CREDENTIALS_FILE",
    "AWS_REGION",
    "AWS_MAX_ATTEMPTS",
    "AWS_RETRY_MODE",
    "AWS_ENDPOINT_URL",
    "AWS_ENDPOINT_URL_CHIME",
  ]) {
    vi.stubEnv(name, undefined);
  }
  return home;
}

function writeSharedConfig(home: string, text: string): string {
  mkdirSync(join(home, ".aws"));
  const file = join(home, ".aws", "config");
  writeFileSync(file, text);
  return file;
}

describe("where a setting may be configured", () => {
  let home: string;
  beforeEach(() => {
    home = useEmptyHome();
    return () => vi.unstubAllEnvs();
  });

  it("is nowhere without its environment variables and shared config files", () => {
    expect(mayBeConfigured(["AWS_MAX_ATTEMPTS"])).toBe(false);
  });

  it("is the environment when one of its variables is set", () => {
    vi.stubEnv("AWS_MAX_ATTEMPTS", "1");
    expect(mayBeConfigured(["AWS_MAX_ATTEMPTS"])).toBe(true);
    expect(mayBeConfigured(["AWS_RETRY_MODE"])).toBe(false);
  });

  it("is the shared config file in the home folder", () => {
    writeSharedConfig(home, "[default]\nmax_attempts = 1\n");
    expect(mayBeConfigured(["AWS_MAX_ATTEMPTS"])).toBe(true);
  });

  it("is a file that AWS_CONFIG_FILE or AWS_SHARED_CREDENTIALS_FILE names, if it exists", () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "chimekit-config-"));
    vi.stubEnv("AWS_CONFIG_FILE", join(elsewhere, "missing"));
    expect(mayBeConfigured(["AWS_MAX_ATTEMPTS"])).toBe(false);
    writeFileSync(join(elsewhere, "credentials"), "[default]\n");
    vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", join(elsewhere, "credentials"));
    expect(mayBeConfigured(["AWS_MAX_ATTEMPTS"])).toBe(true);
  });
});

describe("lazily loaded configuration", () => {
  let home: string;
  beforeEach(() => {
    home = useEmptyHome();
    return () => vi.unstubAllEnvs();
  });

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

  it("is not loaded for a setting left out that nothing configures", async () => {
    const client = new RuntimeClient({
      region: "us-east-1",
      endpoint: "http://127.0.0.1:4566",
      credentials: testCredentials,
      requestHandler: new QueueHandler(ok),
    });
    await client.send(new SchemaCommand(getUser, input));
    expect([...imported]).toEqual([]);
  });

  it("loads the config loaders, and only them, for a setting left out that a shared config file may hold", async () => {
    writeSharedConfig(home, "[default]\nregion = us-east-1\n");
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
    vi.stubEnv("AWS_ENDPOINT_URL_CHIME", "http://127.0.0.1:4566");
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
