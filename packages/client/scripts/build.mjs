// Builds the published files: the ES module and CommonJS builds, each bundled
// with esbuild, and the type declarations from tsc.
//
// Each build holds the client and the runtime libraries it loads on every
// start, so that importing the package reads one file instead of ~100 (that
// was most of its cold start). What loads only when needed stays behind a
// literal `import()`: in the ES module build it is a chunk of its own, in the
// CommonJS build a function that runs on its first import; a bundler follows
// both. The AWS SDK's credential chain is the one package left out (see
// src/runtime/default-credentials.ts).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const packageRoot = fileURLToPath(new URL("..", import.meta.url));

rmSync(`${packageRoot}/dist`, { recursive: true, force: true });

const common = {
  absWorkingDir: packageRoot,
  entryPoints: ["src/generated/index.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  // The dependencies' ES module builds, which esbuild can tree-shake: a CommonJS one pulls whole
  // modules in (and its require("node:http") cannot run in an ES module).
  mainFields: ["module", "main"],
  // Chime has no event streams: @smithy/core's loader for them stays a package import.
  external: ["@aws-sdk/credential-provider-node", "@smithy/core/event-streams"],
  // Whitespace and syntax only: names stay readable in stack traces. Halves what node compiles.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
};

await build({
  ...common,
  format: "esm",
  splitting: true,
  outdir: "dist/esm",
  chunkNames: "chunks/[name]-[hash]",
});
await build({
  ...common,
  format: "cjs",
  outfile: "dist/cjs/index.cjs",
  // Node's modules load with require(): an import() in CommonJS starts the ES module loader,
  // which costs a CommonJS program's first call several milliseconds.
  supported: { "dynamic-import": false },
});

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
  cwd: packageRoot,
  stdio: "inherit",
});
