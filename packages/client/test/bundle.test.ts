import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { operationSamples } from "./generated/operation-samples.js";

/**
 * What a bundler keeps of a program that sends one command: that command's
 * code and schema only, and not the standard credential chain when the
 * program passes credentials.
 */

const packageRoot = fileURLToPath(new URL("..", import.meta.url));

async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: packageRoot, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

describe("a one-command bundle", () => {
  it("holds the command it sends and none of the other operations", async () => {
    const code = await bundle(`
      import { ChimeClient, GetUserCommand } from "./src/generated/index.ts";
      const client = new ChimeClient({ credentials: { accessKeyId: "a", secretAccessKey: "b" } });
      await client.send(new GetUserCommand({ AccountId: "a", UserId: "u" }));
    `);
    expect(code).toContain('"GetUser"');
    const others = operationSamples
      .map((sample) => sample.operation)
      .filter((operation) => operation !== "GetUser");
    expect(others.filter((operation) => code.includes(`"${operation}"`))).toEqual([]);
  });

  it("leaves out the standard credential chain, which loads only at run time", async () => {
    const code = await bundle(`
      import { ChimeClient, ListUsersCommand } from "./src/generated/index.ts";
      const client = new ChimeClient({ credentials: { accessKeyId: "a", secretAccessKey: "b" } });
      await client.send(new ListUsersCommand({ AccountId: "a" }));
    `);
    for (const provider of ["fromIni", "fromSSO", "fromTokenFile", "fromInstanceMetadata"]) {
      expect(code).not.toContain(provider);
    }
  });
});
