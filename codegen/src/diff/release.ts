import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ChangeClass, ModelChange } from "./change.ts";
import { CHANGE_CLASSES } from "./change.ts";

/**
 * The packages generated from the model, released together as one `fixed`
 * group (see `.changeset/config.json`), in the order the project lists them.
 */
export const PUBLIC_PACKAGES = [
  "@chimekit/types",
  "@chimekit/client",
  "@chimekit/server",
  "@chimekit/mocks",
  "@chimekit/docs",
] as const;

export type Bump = "major" | "minor" | "patch";

/** Smallest first, so a larger index is a larger bump. */
const BUMPS: readonly Bump[] = ["patch", "minor", "major"];

const BUMP_FOR_CLASS: Record<ChangeClass, Bump> = {
  breaking: "major",
  feature: "minor",
  docs: "patch",
};

/** The semver bump a set of changes needs: that of its most disruptive change. */
export function releaseBump(changes: readonly ModelChange[]): Bump | undefined {
  const top = CHANGE_CLASSES.find((changeClass) =>
    changes.some((change) => change.class === changeClass),
  );
  return top === undefined ? undefined : BUMP_FOR_CLASS[top];
}

/** Whether `bump` is at least `needed` (an absent bump satisfies nothing). */
export function bumpCovers(bump: Bump | undefined, needed: Bump): boolean {
  return bump !== undefined && BUMPS.indexOf(bump) >= BUMPS.indexOf(needed);
}

/** The larger of two bumps. */
export function largerBump(a: Bump | undefined, b: Bump | undefined): Bump | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b;
}

/**
 * Every change reaches all five packages: types, client, server and mocks are
 * generated from every shape, documentation lands in their TSDoc, and the docs
 * site shows all of it. Even a documentation-only edit changes all five.
 */
export function affectedPackages(changes: readonly ModelChange[]): string[] {
  return changes.length === 0 ? [] : [...PUBLIC_PACKAGES];
}

/** The released version of the fixed group, read from `@chimekit/types`, when the repository has it. */
export function currentVersion(root: string | undefined): string | undefined {
  if (root === undefined) return undefined;
  const manifest = join(root, "packages", "types", "package.json");
  if (!existsSync(manifest)) return undefined;
  const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version?: string };
  return version;
}

/**
 * A major bump on a 0.x version makes changesets release 1.0.0; worth saying
 * before anyone writes the changeset.
 */
export function zeroMajorNote(
  bump: Bump | undefined,
  version: string | undefined,
): string | undefined {
  if (bump !== "major" || version === undefined || !version.startsWith("0.")) return undefined;
  return `the packages are at ${version}, so a major bump releases 1.0.0`;
}
