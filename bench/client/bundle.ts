/**
 * The bundle of a program that relies on the default credential chain (it
 * passes no credentials, endpoint or region): what a bundler keeps of each
 * client, printed next to each other. Ours keeps its own chain and leaves out
 * the AWS SDK's (see packages/client/src/runtime/default-credentials.ts).
 */
import { build } from "esbuild";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { round, type BenchFigure } from "../report.ts";

function defaultChainProgram(pkg: string): string {
  return [
    `import { ChimeClient, GetUserCommand } from "${pkg}";`,
    `const client = new ChimeClient();`,
    `const output = await client.send(new GetUserCommand({ AccountId: "a", UserId: "u" }));`,
    `console.log(output.User?.UserId);`,
  ].join("\n");
}

async function bundleBytes(pkg: string, dir: string): Promise<number> {
  const entry = join(dir, `${pkg.replace(/\W/g, "-")}.mjs`);
  writeFileSync(entry, defaultChainProgram(pkg));
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

export async function measureDefaultChainBundle(): Promise<BenchFigure> {
  // Inside bench/ so that both packages resolve from its node_modules.
  const dir = mkdtempSync(join(fileURLToPath(new URL(".", import.meta.url)), ".bundle-"));
  try {
    const ours = await bundleBytes("@chimekit/client", dir);
    const official = await bundleBytes("@aws-sdk/client-chime", dir);
    return {
      metric:
        "minified bundle of a program relying on the default credential chain and configured endpoint (esbuild, platform node)",
      unit: "KB",
      ours: ours / 1000,
      peer: official / 1000,
      peerName: "@aws-sdk/client-chime",
      ratio: round(ours / official),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
