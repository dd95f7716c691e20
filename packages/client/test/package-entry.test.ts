import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import * as source from "../src/generated/index.js";
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
