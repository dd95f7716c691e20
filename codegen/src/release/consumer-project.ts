import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PUBLIC_PACKAGES } from "../diff/release.ts";
import { runStep } from "./run-step.ts";

const SMOKE_FOLDER = join(dirname(fileURLToPath(import.meta.url)), "smoke");
const SMOKE_SCRIPTS = ["smoke.mjs", "smoke.cjs"];

export interface SmokeResult {
  script: string;
  output: string;
}

/**
 * Creates a project outside the workspace that installs the published
 * packages with npm (only the @chimekit scope comes from `registryUrl`;
 * their third-party dependencies come from the default registry), then runs
 * the smoke scripts, one as an ES module and one as CommonJS.
 */
export async function smokeTestInstall(
  folder: string,
  registryUrl: string,
  version: string,
): Promise<SmokeResult[]> {
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, "package.json"),
    `${JSON.stringify({ name: "chimekit-rehearsal-consumer", version: "0.0.0", private: true }, null, 2)}\n`,
  );
  writeFileSync(join(folder, ".npmrc"), `@chimekit:registry=${registryUrl}/\n`);
  // better-sqlite3 compiles from source here: node-gyp takes the headers from
  // the running Node instead of downloading them.
  const nodedir = resolve(process.execPath, "../..");
  await runStep(
    "npm install",
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      ...PUBLIC_PACKAGES.map((name) => `${name}@${version}`),
    ],
    { cwd: folder, env: { npm_config_nodedir: nodedir } },
  );
  const results: SmokeResult[] = [];
  for (const script of SMOKE_SCRIPTS) {
    copyFileSync(join(SMOKE_FOLDER, script), join(folder, script));
    const { stdout } = await runStep(`node ${script}`, process.execPath, [script], { cwd: folder });
    results.push({ script, output: stdout.trim() });
  }
  return results;
}
