import type { Format } from "esbuild";
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AwsEnvironment } from "./support/aws-environment.js";
import { bundleProgram, type BundledProgram } from "./support/bundle-program.js";
import {
  startContainerCredentials,
  type ContainerCredentialsServer,
} from "./support/container-credentials.js";
import { startSigningService, type SigningService } from "./support/signing-service.js";

/**
 * The default credential chain survives bundling: a program that passes no
 * credentials (nor endpoint nor region), bundled into one file (ESM and CJS)
 * and run from an empty folder, signs with credentials from the environment,
 * a named profile of the shared credentials file, and the container
 * credentials endpoint, against a service that verifies SigV4 signatures.
 * The same program bundled with @aws-sdk/client-chime runs beside it and
 * must sign with the same key. Uses the built package (`pnpm build`).
 */

const keys = {
  environment: { accessKeyId: "AKIDFROMENVIRONMENT", secretAccessKey: "environment-secret" },
  profile: { accessKeyId: "AKIDFROMPROFILE", secretAccessKey: "profile-secret" },
  defaultProfile: { accessKeyId: "AKIDDEFAULTPROFILE", secretAccessKey: "default-secret" },
  container: { accessKeyId: "AKIDFROMCONTAINER", secretAccessKey: "container-secret" },
  process: { accessKeyId: "AKIDFROMPROCESS", secretAccessKey: "process-secret" },
};
const CONTAINER_TOKEN = "container-authorization-token";

function program(pkg: string, format: Format): string {
  const body = `
    const client = new ChimeClient();
    try {
      const output = await client.send(new GetUserCommand({ AccountId: "a", UserId: "u-1" }));
      console.log(JSON.stringify({ signedWith: output.User?.DisplayName }));
    } catch (error) {
      console.log(JSON.stringify({ error: String(error?.message ?? error) }));
    }`;
  return format === "esm"
    ? `import { ChimeClient, GetUserCommand } from "${pkg}";\n${body}`
    : `const { ChimeClient, GetUserCommand } = require("${pkg}");\n(async () => {${body}\n})();`;
}

const formats: Format[] = ["esm", "cjs"];
const bundles = new Map<string, BundledProgram>();
let service: SigningService;
let container: ContainerCredentialsServer;
let environment: AwsEnvironment | undefined;

beforeAll(async () => {
  service = await startSigningService(Object.values(keys));
  container = await startContainerCredentials(keys.container, CONTAINER_TOKEN);
  for (const format of formats) {
    for (const pkg of ["@chimekit/client", "@aws-sdk/client-chime"]) {
      const requireShim = pkg === "@aws-sdk/client-chime";
      bundles.set(
        `${pkg} ${format}`,
        await bundleProgram({ source: program(pkg, format) }, format, { requireShim }),
      );
    }
  }
}, 120_000);

afterEach(() => {
  environment?.restore();
  environment = undefined;
});

afterAll(async () => {
  for (const bundle of bundles.values()) {
    bundle.remove();
  }
  await service?.close();
  await container?.close();
});

async function runBoth(
  format: Format,
  variables: Record<string, string>,
  files: { config?: string; credentials?: string } = {},
) {
  environment = new AwsEnvironment({}, files);
  const env = environment.variables({
    AWS_REGION: "us-east-1",
    AWS_ENDPOINT_URL_CHIME: service.url,
    ...variables,
  });
  const [ours, theirs] = await Promise.all(
    ["@chimekit/client", "@aws-sdk/client-chime"].map(async (pkg) => {
      const { stdout, stderr } = await bundles.get(`${pkg} ${format}`)!.run(env);
      return { ...JSON.parse(stdout.trim().split("\n").at(-1) || "{}"), stderr } as {
        signedWith?: string;
        error?: string;
        stderr: string;
      };
    }),
  );
  return { ours: ours!, theirs: theirs! };
}

describe.each(formats)("a %s bundle run from an empty folder", (format) => {
  it("signs with credentials from the environment", async () => {
    const { ours, theirs } = await runBoth(format, {
      AWS_ACCESS_KEY_ID: keys.environment.accessKeyId,
      AWS_SECRET_ACCESS_KEY: keys.environment.secretAccessKey,
    });
    expect(ours).toMatchObject({ signedWith: keys.environment.accessKeyId });
    expect(theirs).toMatchObject({ signedWith: ours.signedWith });
  }, 60_000);

  it("signs with the named profile of the shared credentials file", async () => {
    const { ours, theirs } = await runBoth(
      format,
      { AWS_PROFILE: "work" },
      {
        credentials:
          `[default]\naws_access_key_id = ${keys.defaultProfile.accessKeyId}\n` +
          `aws_secret_access_key = ${keys.defaultProfile.secretAccessKey}\n` +
          `[work]\naws_access_key_id = ${keys.profile.accessKeyId}\n` +
          `aws_secret_access_key = ${keys.profile.secretAccessKey}\n`,
      },
    );
    expect(ours).toMatchObject({ signedWith: keys.profile.accessKeyId });
    expect(theirs).toMatchObject({ signedWith: ours.signedWith });
  }, 60_000);

  it("signs with credentials from the container credentials endpoint", async () => {
    const before = container.fetches;
    const { ours, theirs } = await runBoth(format, {
      AWS_CONTAINER_CREDENTIALS_FULL_URI: container.uri,
      AWS_CONTAINER_AUTHORIZATION_TOKEN: CONTAINER_TOKEN,
    });
    expect(ours).toMatchObject({ signedWith: keys.container.accessKeyId });
    expect(theirs).toMatchObject({ signedWith: ours.signedWith });
    expect(container.fetches - before).toBe(2);
  }, 60_000);

  it("is refused by the service when no credentials are found, naming where it looked", async () => {
    const { ours } = await runBoth(format, {});
    expect(ours.error).toMatch(/no credentials found: set AWS_ACCESS_KEY_ID/);
  }, 60_000);

  it("says what to add for a profile only the AWS SDK's chain resolves", async () => {
    const { ours } = await runBoth(
      format,
      { AWS_PROFILE: "tool" },
      { config: `[profile tool]\ncredential_process = ${process.execPath} -e "0"\n` },
    );
    expect(ours.error).toMatch(
      /profile "tool" uses credential_process \(credential_process\) needs @aws-sdk\/credential-provider-node.*npm install @aws-sdk\/credential-provider-node/,
    );
  }, 60_000);
});

describe("the installed package", () => {
  it("hands a credential_process profile to the AWS SDK's chain", async () => {
    // Inside the package, so that @chimekit/client and its dependencies resolve as installed.
    const dir = new URL("../test-output/installed-chain/", import.meta.url);
    mkdirSync(dir, { recursive: true });
    const file = new URL("program.mjs", dir).pathname;
    writeFileSync(file, program("@chimekit/client", "esm"));
    const credentials = JSON.stringify({ Version: 1, ...pascalCase(keys.process) });
    const script = `console.log(${JSON.stringify(credentials)})`;
    environment = new AwsEnvironment(
      {},
      { config: `[profile tool]\ncredential_process = ${process.execPath} -e '${script}'\n` },
    );
    const env = environment.variables({
      AWS_REGION: "us-east-1",
      AWS_ENDPOINT_URL_CHIME: service.url,
      AWS_PROFILE: "tool",
    });
    const { stdout } = await promisify(execFile)(process.execPath, [file], {
      env: { PATH: process.env.PATH ?? "", ...env },
    });
    expect(JSON.parse(stdout)).toEqual({ signedWith: keys.process.accessKeyId });
  }, 60_000);
});

function pascalCase(key: { accessKeyId: string; secretAccessKey: string }) {
  return { AccessKeyId: key.accessKeyId, SecretAccessKey: key.secretAccessKey };
}
