/**
 * What a bundler keeps of each client: the minified single-file bundle
 * (esbuild, platform node) of the same small program built against each.
 * One program sends a command with explicit credentials (target: ours at most
 * 40% of the official client's); the other relies on the default credential
 * chain (it passes no credentials, endpoint or region) and is printed next to
 * the official one. Ours keeps its own chain and leaves out the AWS SDK's (see
 * packages/client/src/runtime/default-credentials.ts).
 */
import { build } from "esbuild";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { round, type BenchFigure } from "../report.ts";

export const BUNDLE_TARGET = 0.4;
const OFFICIAL = "@aws-sdk/client-chime";

/** The program's lines for a client package; only the package name differs between the two. */
type Program = (pkg: string) => string;

async function bundleBytes(program: Program, pkg: string, dir: string): Promise<number> {
  const entry = join(dir, `${pkg.replace(/\W/g, "-")}.mjs`);
  writeFileSync(entry, program(pkg));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    minify: true,
    write: false,
    logLevel: "error",
  });
  return result.outputFiles[0]!.contents.byteLength;
}

async function compareBundles(
  metric: string,
  program: Program,
  target?: number,
): Promise<BenchFigure> {
  // Inside bench/ so that both packages resolve from its node_modules.
  const dir = mkdtempSync(join(fileURLToPath(new URL(".", import.meta.url)), ".bundle-"));
  try {
    const ours = await bundleBytes(program, "@chimekit/client", dir);
    const official = await bundleBytes(program, OFFICIAL, dir);
    const ratio = round(ours / official);
    return {
      metric,
      unit: "KB",
      ours: ours / 1000,
      peer: official / 1000,
      peerName: OFFICIAL,
      ratio,
      ...(target === undefined ? {} : { target: `ratio <= ${target}`, met: ratio <= target }),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function measureOneCommandBundle(credentials: object, input: object): Promise<BenchFigure> {
  return compareBundles(
    "minified bundle of a program sending one command (esbuild, platform node)",
    (pkg) =>
      [
        `import { ChimeClient, GetUserCommand } from "${pkg}";`,
        `const client = new ChimeClient({ region: "us-east-1", endpoint: process.env.CHIME_ENDPOINT, credentials: ${JSON.stringify(credentials)} });`,
        `const output = await client.send(new GetUserCommand(${JSON.stringify(input)}));`,
        `console.log(output.User?.UserId);`,
      ].join("\n"),
    BUNDLE_TARGET,
  );
}

export function measureDefaultChainBundle(): Promise<BenchFigure> {
  return compareBundles(
    "minified bundle of a program relying on the default credential chain and configured endpoint (esbuild, platform node)",
    (pkg) =>
      [
        `import { ChimeClient, GetUserCommand } from "${pkg}";`,
        `const client = new ChimeClient();`,
        `const output = await client.send(new GetUserCommand({ AccountId: "a", UserId: "u" }));`,
        `console.log(output.User?.UserId);`,
      ].join("\n"),
  );
}
