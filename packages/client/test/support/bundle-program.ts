import { build, type Format } from "esbuild";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where bundled programs resolve packages from: this package, whose dev dependencies hold both clients. */
const resolveDir = fileURLToPath(new URL("../..", import.meta.url));

export interface BundledProgram {
  /** The single file, alone in an empty folder with no `node_modules` above it. */
  readonly file: string;
  run(env: Record<string, string>): Promise<{ stdout: string; stderr: string; code: number }>;
  remove(): void;
}

/**
 * Bundles a program (its source, or its entry file) into one file (esbuild, platform node) and copies it to an
 * empty temporary folder, as a program is shipped to a container or a zip.
 * `requireShim` adds the `createRequire` banner an ES module bundle of
 * @aws-sdk/client-chime needs to run at all; ours runs without it.
 */
export async function bundleProgram(
  program: { source: string } | { entryPoint: string },
  format: Format,
  options: { requireShim?: boolean } = {},
): Promise<BundledProgram> {
  const result = await build({
    // An ES module bundle of CommonJS code that requires Node's modules needs a `require`:
    // the usual banner gives it one.
    banner:
      format === "esm" && options.requireShim
        ? {
            js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
          }
        : undefined,
    ...("source" in program
      ? { stdin: { contents: program.source, resolveDir, loader: "ts" as const } }
      : { entryPoints: [program.entryPoint] }),
    bundle: true,
    platform: "node",
    format,
    minify: true,
    write: false,
    logLevel: "silent",
  });
  const dir = mkdtempSync(join(tmpdir(), "chimekit-bundle-"));
  const file = join(dir, format === "esm" ? "program.mjs" : "program.cjs");
  writeFileSync(file, result.outputFiles[0]!.contents);
  return {
    file,
    run: (env) =>
      new Promise((resolve) => {
        execFile(
          process.execPath,
          [file],
          { cwd: dir, env: { PATH: process.env.PATH ?? "", ...env }, timeout: 30_000 },
          (error, stdout, stderr) =>
            resolve({ stdout, stderr, code: error ? Number(error.code ?? 1) : 0 }),
        );
      }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
