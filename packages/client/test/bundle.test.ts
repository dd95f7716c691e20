import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { operationSamples } from "./generated/operation-samples.js";

/**
 * What a bundler keeps of a program that sends one command: that command's
 * code and schema only, the loaders of the shared config, and the default
 * credential chain without the AWS SDK's own (see
 * src/runtime/default-credentials.ts).
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

  it("keeps the default credential chain, and leaves out the AWS SDK's", async () => {
    const code = await bundle(`
      import { ChimeClient, ListUsersCommand } from "./src/generated/index.ts";
      const client = new ChimeClient();
      await client.send(new ListUsersCommand({ AccountId: "a" }));
    `);
    // Loaded with a literal import(): the container and instance metadata providers ship.
    expect(code).toContain("AWS_CONTAINER_CREDENTIALS_FULL_URI");
    expect(code).toContain("/latest/meta-data/iam/security-credentials/");
    expect(code).toContain("AWS_ENDPOINT_URL");
    // SSO, assume-role and the rest stay in @aws-sdk/credential-provider-node, loaded by name:
    // none of the SSO and STS operations they call ship.
    for (const operation of ["GetRoleCredentials", "AssumeRole", "AssumeRoleWithWebIdentity"]) {
      expect(code).not.toContain(`"${operation}"`);
    }
    expect(code).toContain('"@aws-sdk/credential-provider-node"');
  });
});
