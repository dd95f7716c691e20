// Builds the dashboard page into dist/dashboard (served at /_chimekit/ by the
// emulator): one script and one stylesheet bundled by esbuild, the page, and
// preact's licence, which the bundle carries. Prints what the page transfers
// (gzip, as the emulator serves it) and fails above the budget.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));
const SOURCE_DIR = join(PACKAGE_DIR, "dashboard");
const OUT_DIR = join(PACKAGE_DIR, "dist", "dashboard");
/** The issue's budget for everything the page loads, compressed. */
const BUDGET_GZIP_BYTES = 150 * 1024;

rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(OUT_DIR, { recursive: true });

const result = await build({
  absWorkingDir: PACKAGE_DIR,
  entryPoints: {
    app: join(SOURCE_DIR, "src", "main.tsx"),
    "app-style": join(SOURCE_DIR, "styles.css"),
  },
  outdir: OUT_DIR,
  entryNames: "[name]",
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2022",
  jsx: "automatic",
  jsxImportSource: "preact",
  tsconfig: join(SOURCE_DIR, "tsconfig.json"),
  metafile: true,
  logLevel: "warning",
});
// esbuild names a CSS entry after its entry point; the page links app.css.
copyFileSync(join(OUT_DIR, "app-style.css"), join(OUT_DIR, "app.css"));
rmSync(join(OUT_DIR, "app-style.css"));
copyFileSync(join(SOURCE_DIR, "index.html"), join(OUT_DIR, "index.html"));
const preactDir = dirname(createRequire(import.meta.url).resolve("preact/package.json"));
copyFileSync(join(preactDir, "LICENSE"), join(OUT_DIR, "preact-LICENSE.txt"));

const sizes = ["index.html", "app.js", "app.css"].map((name) => {
  const body = readFileSync(join(OUT_DIR, name));
  return { name, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
});
const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
const script = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith("app.js"))[1];
const preactBytes = Object.entries(script.inputs)
  .filter(([path]) => path.includes("node_modules/preact/"))
  .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `@chimekit/mocks dashboard: ${sizes.map((s) => `${s.name} ${kb(s.bytes)} (${kb(s.gzip)} gzip)`).join(", ")}; ` +
    `the page transfers ${kb(total)} gzip (budget ${kb(BUDGET_GZIP_BYTES)}); ` +
    `preact is ${kb(preactBytes)} of app.js's ${kb(script.bytes)} minified`,
);
if (total > BUDGET_GZIP_BYTES) {
  console.error(
    `the dashboard transfers ${kb(total)} gzip, over its ${kb(BUDGET_GZIP_BYTES)} budget`,
  );
  process.exit(1);
}
