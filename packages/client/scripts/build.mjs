// Builds the published files: the ES module build with esbuild, the CommonJS
// build from it with rollup, and the type declarations from tsc.
//
// Each build holds the client and the runtime libraries it loads on every
// start, so that importing the package reads one file instead of ~100 (that
// was most of its cold start). What loads only when needed stays behind a
// literal `import()`, which a bundler follows: a chunk of its own in both
// builds, read on its first use. Node compiles every function of a file it
// loads, called or not, so code that stays in files the common path never
// requires costs a program nothing. The AWS SDK's credential chain is the one
// package left out (see src/runtime/default-credentials.ts).
import { build } from "esbuild";
import { rollup } from "rollup";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const packageRoot = fileURLToPath(new URL("..", import.meta.url));

rmSync(`${packageRoot}/dist`, { recursive: true, force: true });

const { metafile } = await build({
  absWorkingDir: packageRoot,
  platform: "node",
  target: "node20",
  // Names stay readable in stack traces: minifying identifiers as well would save another ~2% of
  // a cold start's instructions. Whitespace and syntax halve what Node compiles.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
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
  metafile: true,
});
// The CommonJS build is the ES module build's files joined by rollup: one file for what every
// program loads, with plain `exports.name = value` assignments (esbuild's CommonJS output defines a
// getter per export and per chunk import, which cost a cold start ~7% more), and the lazily
// loaded chunks required on first use (an import() in CommonJS would start the ES module loader,
// several milliseconds of a CommonJS program's first call).
const entry = `${packageRoot}dist/esm/index.js`;
/** The chunks every program loads: the ones the entry imports statically. */
const eagerChunks = new Set(
  metafile.outputs["dist/esm/index.js"].imports
    .filter((chunk) => chunk.kind === "import-statement" && !chunk.external)
    .map((chunk) => `${packageRoot}${chunk.path}`),
);
/**
 * Gives the chunks loaded on first use their own copy (a module id ending in `?lazy`) of what they
 * take from the eager chunks: rollup keeps only the parts they use, a few pure functions and option
 * objects. Without it rollup would add those internals to the entry's exports for them.
 */
const lazyCopies = {
  name: "lazy-copies",
  async resolveId(source, importer, options) {
    if (!importer || importer === entry || eagerChunks.has(importer)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && eagerChunks.has(resolved.id) ? `${resolved.id}?lazy` : resolved;
  },
  load(id) {
    return id.endsWith("?lazy") ? readFileSync(id.slice(0, -"?lazy".length), "utf8") : null;
  },
  // A class copied this way would be a second class of the same name, which `instanceof` tells apart.
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      for (const [id, module] of Object.entries(chunk.type === "chunk" ? chunk.modules : {})) {
        if (id.endsWith("?lazy") && /\bclass\b/.test(module.code ?? "")) {
          throw new Error(`${chunk.fileName} would hold a copy of a class of ${id}`);
        }
      }
    }
  },
};
const commonJs = await rollup({
  input: entry,
  // The dependencies esbuild left out stay package requires.
  external: (id) => !id.startsWith(".") && !id.startsWith("/"),
  plugins: [lazyCopies],
  onwarn: (warning) => {
    throw new Error(`rollup: ${warning.message}`);
  },
});
await commonJs.write({
  dir: `${packageRoot}/dist/cjs`,
  format: "cjs",
  entryFileNames: "[name].cjs",
  chunkFileNames: "chunks/[name].cjs",
  dynamicImportInCjs: false,
  generatedCode: { preset: "es2015", symbols: false },
});
await commonJs.close();

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
  cwd: packageRoot,
  stdio: "inherit",
});
