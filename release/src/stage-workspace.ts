import { cpSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { PUBLIC_PACKAGES } from "@chimekit/codegen";
import { runStep } from "./run-step.ts";

/**
 * Files of the workspace root that pnpm and changesets read, and those each
 * package's `prepack` reads to copy the license into the package.
 */
const ROOT_FILES = ["package.json", "pnpm-workspace.yaml", "LICENSE", "scripts/copy-license.mjs"];
/** Private workspace projects: their manifests only, so `.changeset/config.json` finds what it ignores. */
const PRIVATE_MANIFESTS = ["codegen/package.json", "bench/package.json", "release/package.json"];
/** Never part of a package: installed, cached or written by tests. */
const SKIPPED_FOLDERS = new Set(["node_modules", ".turbo", "test-output"]);

export interface StagedRelease {
  folder: string;
  /** The version every public package has after `changeset version` (they form one fixed group). */
  version: string;
}

/** `packages/client` for `@chimekit/client`. */
export function packageFolder(name: string): string {
  return join("packages", name.slice(name.indexOf("/") + 1));
}

/**
 * Copies the workspace's release inputs (manifests, built packages, pending
 * changesets) into `folder` and versions them there with `changeset version`,
 * plus one minor changeset of its own, so the repository is never modified.
 */
export async function stageRelease(repoRoot: string, folder: string): Promise<StagedRelease> {
  for (const file of [...ROOT_FILES, ...PRIVATE_MANIFESTS]) {
    cpSync(join(repoRoot, file), join(folder, file));
  }
  cpSync(join(repoRoot, ".changeset"), join(folder, ".changeset"), { recursive: true });
  for (const name of PUBLIC_PACKAGES) {
    cpSync(join(repoRoot, packageFolder(name)), join(folder, packageFolder(name)), {
      recursive: true,
      filter: (source) => !SKIPPED_FOLDERS.has(basename(source)),
    });
  }
  // changesets resolves its changelog generator from the workspace's modules;
  // only that package is linked, so no command run in the copy can alter the repository's modules.
  const changesetsCli = join(folder, "node_modules", "@changesets", "cli");
  mkdirSync(dirname(changesetsCli), { recursive: true });
  symlinkSync(
    realpathSync(join(repoRoot, "node_modules", "@changesets", "cli")),
    changesetsCli,
    "dir",
  );
  writeFileSync(
    join(folder, ".changeset", "publish-rehearsal.md"),
    `---\n"${PUBLIC_PACKAGES[0]}": minor\n---\n\nPublish rehearsal.\n`,
  );
  linkWorkspaceDependencies(folder);
  await runStep("changeset version", process.execPath, [join(changesetsCli, "bin.js"), "version"], {
    cwd: folder,
  });
  return { folder, version: fixedVersion(folder) };
}

/**
 * What `pnpm install` would link for `workspace:` dependencies: pnpm reads
 * the installed manifest to replace the protocol with a version on publish.
 */
function linkWorkspaceDependencies(folder: string): void {
  const projects = new Map<string, string>();
  const manifests = [
    ...PRIVATE_MANIFESTS,
    ...PUBLIC_PACKAGES.map((name) => join(packageFolder(name), "package.json")),
  ];
  for (const manifestPath of manifests) {
    projects.set(
      readManifest(join(folder, manifestPath)).name,
      dirname(join(folder, manifestPath)),
    );
  }
  for (const name of PUBLIC_PACKAGES) {
    const project = join(folder, packageFolder(name));
    const manifest = readManifest(join(project, "package.json"));
    const specs = {
      ...manifest.dependencies,
      ...manifest.devDependencies,
      ...manifest.peerDependencies,
    };
    for (const [dependency, spec] of Object.entries(specs)) {
      const target = projects.get(dependency);
      if (!spec.startsWith("workspace:") || target === undefined) continue;
      const link = join(project, "node_modules", dependency);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(target, link, "dir");
    }
  }
}

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

function readManifest(path: string): Manifest {
  return JSON.parse(readFileSync(path, "utf8")) as Manifest;
}

function fixedVersion(folder: string): string {
  const versions = new Set(
    PUBLIC_PACKAGES.map((name) => {
      return readManifest(join(folder, packageFolder(name), "package.json")).version;
    }),
  );
  if (versions.size !== 1) {
    throw new Error(
      `release rehearsal: the fixed group was versioned apart (${[...versions].join(", ")}); check "fixed" in .changeset/config.json`,
    );
  }
  return [...versions][0]!;
}
