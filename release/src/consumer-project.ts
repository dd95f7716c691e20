import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generatedHeader, PUBLIC_PACKAGES } from "@chimekit/codegen";
import { runStep } from "./run-step.ts";

const SMOKE_FOLDER = join(dirname(fileURLToPath(import.meta.url)), "smoke");
const SMOKE_SCRIPTS = ["smoke.mjs", "smoke.cjs"];

/** Files every installed package must hold, and how each must begin. */
const SHIPPED_FILES: Record<string, string> = {
  "README.md": generatedHeader("md"),
  LICENSE: "Apache License",
};

export interface SmokeResult {
  script: string;
  output: string;
}

/**
 * Creates a project outside the workspace that installs the published
 * packages with npm (only the @chimekit scope comes from `registryUrl`;
 * their third-party dependencies come from the default registry), then runs
 * the smoke scripts, one as an ES module and one as CommonJS. Before that,
 * every package must have shipped its generated README and the LICENSE.
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
  const missing = PUBLIC_PACKAGES.flatMap((name) => missingFiles(folder, name));
  if (missing.length > 0) {
    throw new Error(`release rehearsal: installed packages lack files:\n${missing.join("\n")}`);
  }
  const results: SmokeResult[] = [];
  for (const script of SMOKE_SCRIPTS) {
    copyFileSync(join(SMOKE_FOLDER, script), join(folder, script));
    const { stdout } = await runStep(`node ${script}`, process.execPath, [script], { cwd: folder });
    results.push({ script, output: stdout.trim() });
  }
  return results;
}

/** `@chimekit/types: LICENSE is missing` for each shipped file an installed package lacks. */
export function missingFiles(folder: string, name: string): string[] {
  return Object.entries(SHIPPED_FILES).flatMap(([file, start]) => {
    const path = join(folder, "node_modules", name, file);
    if (!existsSync(path)) return [`${name}: ${file} is missing`];
    return readFileSync(path, "utf8").trimStart().startsWith(start)
      ? []
      : [`${name}: ${file} does not begin with "${start}"`];
  });
}
