import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PUBLIC_PACKAGES } from "@chimekit/codegen";
import { smokeTestInstall, type SmokeResult } from "./consumer-project.ts";
import { startLocalRegistry } from "./local-registry.ts";
import { node24 } from "./node24.ts";
import { runStep } from "./run-step.ts";
import { serveWithoutNativeBuild, type NoBuildResult } from "./serve-without-native-build.ts";
import { stageRelease } from "./stage-workspace.ts";

export interface RehearsalOptions {
  /** The workspace root; the repository this file is in by default. */
  repoRoot?: string;
  /** Run `turbo run build` for the public packages first. Default true. */
  build?: boolean;
  /** Called with the name of each stage as it starts. */
  onStage?: (stage: string) => void;
}

export interface RehearsalReport {
  version: string;
  registryUrl: string;
  published: string[];
  smoke: SmokeResult[];
  /** The emulator on Node 24, installed with install scripts off, serving `--state`. */
  noBuild: NoBuildResult;
  /** Seconds each stage took, in order. */
  seconds: Record<string, number>;
}

const DEFAULT_REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The release flow end to end against a throwaway registry: build, version a
 * copy of the workspace, publish the five packages to a local Verdaccio, then
 * install them with npm in a project outside the workspace and run the smoke
 * scripts there; then, on Node 24, install the emulator with install scripts
 * off and serve a state file with it. Everything is written under one temporary folder, removed
 * at the end.
 */
export async function rehearseRelease(options: RehearsalOptions = {}): Promise<RehearsalReport> {
  const repoRoot = options.repoRoot ?? DEFAULT_REPO_ROOT;
  const scratch = mkdtempSync(join(tmpdir(), "chimekit-rehearsal-"));
  const seconds: Record<string, number> = {};
  const stage = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    options.onStage?.(name);
    const started = performance.now();
    const result = await work();
    seconds[name] = Math.round((performance.now() - started) / 100) / 10;
    return result;
  };
  const registry = await stage("registry", () => startLocalRegistry(join(scratch, "registry")));
  try {
    if (options.build ?? true) {
      await stage("build", () =>
        runStep(
          "build",
          "pnpm",
          ["exec", "turbo", "run", "build", ...PUBLIC_PACKAGES.map((name) => `--filter=${name}`)],
          { cwd: repoRoot },
        ),
      );
    }
    const staged = await stage("version", () => stageRelease(repoRoot, join(scratch, "workspace")));
    const host = registry.url.replace(/^http:/, "");
    writeFileSync(
      join(staged.folder, ".npmrc"),
      `registry=${registry.url}/\n${host}/:_authToken=${registry.token}\n`,
    );
    await stage("publish", () =>
      runStep(
        "pnpm publish",
        "pnpm",
        ["publish", "-r", "--no-git-checks", "--registry", `${registry.url}/`],
        { cwd: staged.folder },
      ),
    );
    const published = await stage("verify", () => publishedVersions(registry.url, staged.version));
    const smoke = await stage("install and smoke", () =>
      smokeTestInstall(join(scratch, "consumer"), registry.url, staged.version),
    );
    const noBuild = await stage("Node 24 without native build", async () =>
      serveWithoutNativeBuild(
        join(scratch, "no-build"),
        registry.url,
        staged.version,
        await node24(join(scratch, "node24")),
      ),
    );
    return {
      version: staged.version,
      registryUrl: registry.url,
      published,
      smoke,
      noBuild,
      seconds,
    };
  } finally {
    await registry.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Asks the registry for each package's manifest at `version` and checks that
 * publishing replaced every `workspace:` range: `name@version` for each one.
 */
async function publishedVersions(registryUrl: string, version: string): Promise<string[]> {
  const published: string[] = [];
  for (const name of PUBLIC_PACKAGES) {
    const response = await fetch(`${registryUrl}/${name.replace("/", "%2f")}/${version}`);
    if (!response.ok) {
      throw new Error(
        `release rehearsal: ${name}@${version} is not on the local registry after publishing (HTTP ${response.status})`,
      );
    }
    const manifest = (await response.json()) as {
      name: string;
      version: string;
      dependencies?: Record<string, string>;
    };
    const unresolved = Object.entries(manifest.dependencies ?? {}).filter(([, spec]) =>
      spec.startsWith("workspace:"),
    );
    if (unresolved.length > 0) {
      throw new Error(
        `release rehearsal: ${name}@${version} was published with workspace dependencies: ${unresolved.map(([dep, spec]) => `${dep}@${spec}`).join(", ")}`,
      );
    }
    published.push(`${manifest.name}@${manifest.version}`);
  }
  return published;
}
