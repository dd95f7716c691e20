import parseChangeset from "@changesets/parse";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CHANGESET_DIR } from "./changeset.ts";
import { ModelDiffError } from "./diff-error.ts";
import { listTree } from "./git.ts";
import { largerBump, PUBLIC_PACKAGES, type Bump } from "./release.ts";

/** A changeset file that is new since the base commit, with the largest bump it gives a public package. */
export interface AddedChangeset {
  file: string;
  bump?: Bump;
}

/** changesets' own explanation file in the folder, not a changeset. */
const CHANGESET_README = "README.md";

/**
 * Changesets in the working tree's `.changeset/` that the base commit does not
 * have: committed since, or about to be.
 */
export function addedChangesets(root: string, base: string): AddedChangeset[] {
  const directory = join(root, CHANGESET_DIR);
  if (!existsSync(directory)) return [];
  const atBase = new Set(
    (listTree(root, `${base}^{commit}:${CHANGESET_DIR}`) ?? []).map((entry) => entry.name),
  );
  return readdirSync(directory)
    .filter((name) => name.endsWith(".md") && name !== CHANGESET_README && !atBase.has(name))
    .sort()
    .map((name) => {
      const file = `${CHANGESET_DIR}/${name}`;
      return { file, bump: publicBump(file, readFileSync(join(directory, name), "utf8")) };
    });
}

function publicBump(file: string, text: string): Bump | undefined {
  let releases: ReturnType<typeof parseChangeset>["releases"];
  try {
    releases = parseChangeset(text).releases;
  } catch (error) {
    throw new ModelDiffError(`${file} is not a valid changeset: ${(error as Error).message}`);
  }
  const publicNames: readonly string[] = PUBLIC_PACKAGES;
  return releases
    .filter((release) => publicNames.includes(release.name) && release.type !== "none")
    .reduce<Bump | undefined>((bump, release) => largerBump(bump, release.type as Bump), undefined);
}
