import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as source from "../src/generated/index.js";
import { startCannedServer, type CannedServer } from "./support/canned-server.js";
import { QueueHandler } from "./support/queue-handler.js";

/**
 * The built package (`pnpm build` runs before the tests) loads through its
 * `exports` both as an ES module and as CommonJS, with the same names, and
 * works: the CommonJS build needs its own copy of the `#smithy/*` aliases.
 */

type ClientModule = typeof source;

/** Named through a variable so type-checking the tests does not need the build. */
const PACKAGE_NAME = "@chimekit/client";

const builds: [string, () => Promise<ClientModule>][] = [
  ["ES module", async () => (await import(PACKAGE_NAME)) as ClientModule],
  ["CommonJS", async () => createRequire(import.meta.url)(PACKAGE_NAME) as ClientModule],
];

describe.each(builds)("the %s build", (_kind, load) => {
  it("exports the same names as the sources", async () => {
    const built = await load();
    expect(
      Object.keys(built)
        .filter((name) => name !== "default")
        .sort(),
    ).toEqual(Object.keys(source).sort());
  });

  it("sends a command and deserializes its response", async () => {
    const { ChimeClient, GetUserCommand, NotFoundException } = await load();
    const handler = new QueueHandler(
      {
        statusCode: 200,
        body: JSON.stringify({ User: { UserId: "u", RegisteredOn: "2020-01-01T00:00:00Z" } }),
      },
      { statusCode: 404, headers: { "x-amzn-errortype": "NotFoundException" }, body: "{}" },
    );
    const client = new ChimeClient({
      credentials: { accessKeyId: "a", secretAccessKey: "s" },
      requestHandler: handler,
    });
    const output = await client.send(new GetUserCommand({ AccountId: "a", UserId: "u" }));
    expect(output.User?.RegisteredOn).toEqual(new Date("2020-01-01T00:00:00Z"));
    await expect(
      client.send(new GetUserCommand({ AccountId: "a", UserId: "x" })),
    ).rejects.toBeInstanceOf(NotFoundException);
  });
});

/**
 * Makes a client with the configuration in `CONFIG` (JSON) and one call, then prints the
 * package's files the process has required.
 */
const FIRST_CALL_PROGRAM = `
const { ChimeClient, GetUserCommand } = require("@chimekit/client");
const client = new ChimeClient(JSON.parse(process.env.CONFIG));
client.send(new GetUserCommand({ AccountId: "a", UserId: "u" })).then((output) => {
  if (!output.User) throw new Error("no user in the response");
  client.destroy();
  const root = require.resolve("@chimekit/client").replace(/dist[\\/]cjs[\\/]index\\.cjs$/, "");
  const files = Object.keys(require.cache).filter((file) => file.startsWith(root));
  console.log(JSON.stringify(files.map((file) => file.slice(root.length)).sort()));
});
`;

/** Runs the program in a fresh process from the package folder, with only `env` set. */
async function runFirstCall(env: Record<string, string>): Promise<string[]> {
  const { stdout } = await promisify(execFile)(process.execPath, ["-e", FIRST_CALL_PROGRAM], {
    cwd: new URL("..", import.meta.url),
    env: { PATH: process.env.PATH, ...env },
  });
  // Chunk names end in a hash of their content: `chunks/shared-config-ZUHNDF6L.cjs`.
  return (JSON.parse(stdout) as string[]).map((file) => file.replace(/-[A-Z0-9]{8}(?=\.cjs$)/, ""));
}

describe("the CommonJS build, in a fresh process", () => {
  let server: CannedServer;
  let home: string;

  beforeEach(async () => {
    server = await startCannedServer();
    server.respondWith({ statusCode: 200, body: JSON.stringify({ User: { UserId: "u" } }) });
    // An empty home: no shared config files unless a test writes them.
    home = mkdtempSync(join(tmpdir(), "chimekit-home-"));
  });
  afterEach(() => server.close());

  it("reads one file of the package for a program that passes every setting", async () => {
    const config = {
      region: "us-east-1",
      endpoint: server.url,
      credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
    };
    const files = await runFirstCall({ HOME: home, CONFIG: JSON.stringify(config) });
    expect(files).toEqual(["dist/cjs/index.cjs"]);
    expect(server.requests).toHaveLength(1);
  });

  it("loads the configuration loaders and the credential chain for a program that passes none", async () => {
    mkdirSync(join(home, ".aws"));
    writeFileSync(join(home, ".aws", "config"), "[default]\nregion = eu-west-1\n");
    const files = await runFirstCall({
      HOME: home,
      CONFIG: "{}",
      AWS_ENDPOINT_URL_CHIME: server.url,
      AWS_ACCESS_KEY_ID: "AKIDFROMENV",
      AWS_SECRET_ACCESS_KEY: "secret",
    });
    expect(files).toEqual([
      "dist/cjs/chunks/chunk.cjs",
      "dist/cjs/chunks/configured-endpoint.cjs",
      "dist/cjs/chunks/default-credentials.cjs",
      "dist/cjs/chunks/shared-config.cjs",
      "dist/cjs/index.cjs",
    ]);
    expect(server.requests[0]?.headers.authorization).toContain("Credential=AKIDFROMENV/");
    expect(server.requests[0]?.headers.authorization).toContain("/eu-west-1/chime/aws4_request");
  });
});
