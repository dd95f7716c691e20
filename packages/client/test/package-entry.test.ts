import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import * as source from "../src/generated/index.js";
import { startCannedServer } from "./support/canned-server.js";
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

/** Prints the package's files a fresh process has required after its first call. */
const FIRST_CALL_PROGRAM = `
const { ChimeClient, GetUserCommand } = require("@chimekit/client");
const client = new ChimeClient({
  region: "us-east-1",
  endpoint: process.env.ENDPOINT,
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
});
client.send(new GetUserCommand({ AccountId: "a", UserId: "u" })).then((output) => {
  if (!output.User) throw new Error("no user in the response");
  client.destroy();
  const root = require.resolve("@chimekit/client").replace(/dist[\\/]cjs[\\/]index\\.cjs$/, "");
  const files = Object.keys(require.cache).filter((file) => file.startsWith(root));
  console.log(JSON.stringify(files.map((file) => file.slice(root.length))));
});
`;

describe("the CommonJS build, in a fresh process", () => {
  it("reads one file of the package for a program that passes every setting", async () => {
    const server = await startCannedServer();
    server.respondWith({ statusCode: 200, body: JSON.stringify({ User: { UserId: "u" } }) });
    try {
      const { stdout } = await promisify(execFile)(process.execPath, ["-e", FIRST_CALL_PROGRAM], {
        cwd: new URL("..", import.meta.url),
        // No AWS settings and an empty home: nothing the configuration loaders could read.
        env: {
          PATH: process.env.PATH,
          HOME: mkdtempSync(join(tmpdir(), "chimekit-home-")),
          ENDPOINT: server.url,
        },
      });
      expect(JSON.parse(stdout)).toEqual(["dist/cjs/index.cjs"]);
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
