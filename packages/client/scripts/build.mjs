// Builds the published files: the ES module and CommonJS builds, bundled with
// esbuild, and the type declarations from tsc.
//
// Each build holds the client and the runtime libraries it loads on every
// start, so that importing the package reads a few files instead of ~100
// (that was most of its cold start). What loads only when needed stays behind
// a literal `import()`, which a bundler follows: in the ES module build it is a
// chunk of its own, and the CommonJS build is the same files turned into
// CommonJS, each chunk a file required on its first use. Node compiles every
// function of a file it loads, called or not, so code that stays in files the
// common path never requires costs a program nothing. The AWS SDK's credential
// chain is the one package left out (see src/runtime/default-credentials.ts).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const packageRoot = fileURLToPath(new URL("..", import.meta.url));

rmSync(`${packageRoot}/dist`, { recursive: true, force: true });

/** What both builds write: Node 20 code, minified in whitespace and syntax. */
const output = {
  absWorkingDir: packageRoot,
  platform: "node",
  target: "node20",
  // Names stay readable in stack traces: minifying identifiers as well would save another ~2% of
  // a cold start's instructions. Whitespace and syntax halve what Node compiles.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
};

/**
 * Keeps each file of the ES module build a file of its own in the CommonJS
 * build: its imports of the other files (and of the packages it leaves out)
 * become requires of the `.cjs` files beside it.
 */
const requireSiblingFiles = {
  name: "require-sibling-files",
  setup(build) {
    build.onResolve({ filter: /^[./@]/ }, (args) =>
      args.kind === "entry-point"
        ? undefined
        : { path: args.path.replace(/\.js$/, ".cjs"), external: true },
    );
  },
};

await build({
  ...output,
  entryPoints: ["src/generated/index.ts"],
  bundle: true,
  // The dependencies' ES module builds, which esbuild can tree-shake: a CommonJS one pulls whole
  // modules in (and its require("node:http") cannot run in an ES module).
  mainFields: ["module", "main"],
  // Chime has no event streams: @smithy/core's loader for them stays a package import.
  external: ["@aws-sdk/credential-provider-node", "@smithy/core/event-streams"],
  format: "esm",
  splitting: true,
  outdir: "dist/esm",
  chunkNames: "chunks/[name]-[hash]",
});
await build({
  ...output,
  // The ES module build's files, not the sources again: a CommonJS bundle of the sources is one
  // file, with the loaders and the default credential chain in it, which Node parses on every start.
  entryPoints: readdirSync(`${packageRoot}/dist/esm`, { recursive: true })
    .filter((file) => file.endsWith(".js"))
    .map((file) => `dist/esm/${file}`),
  outbase: "dist/esm",
  outdir: "dist/cjs",
  outExtension: { ".js": ".cjs" },
  bundle: true,
  format: "cjs",
  // Node's modules load with require(): an import() in CommonJS starts the ES module loader,
  // which costs a CommonJS program's first call several milliseconds.
  supported: { "dynamic-import": false },
  plugins: [requireSiblingFiles],
});

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
  cwd: packageRoot,
  stdio: "inherit",
});
