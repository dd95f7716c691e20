/**
 * A rename shows in a model as one name removed and another added. The pair
 * counts as a rename when the two definitions match; `same` decides that.
 */
export interface RenamePairing {
  renames: Array<[before: string, after: string]>;
  removed: string[];
  added: string[];
}

/** Pairs removed with added names in sorted order, each name used at most once. */
export function pairRenames(
  removed: readonly string[],
  added: readonly string[],
  same: (before: string, after: string) => boolean,
): RenamePairing {
  const unpaired = [...added].sort();
  const renames: Array<[string, string]> = [];
  const stillRemoved: string[] = [];
  for (const name of [...removed].sort()) {
    const match = unpaired.findIndex((candidate) => same(name, candidate));
    if (match === -1) {
      stillRemoved.push(name);
    } else {
      renames.push([name, unpaired[match]]);
      unpaired.splice(match, 1);
    }
  }
  return { renames, removed: stillRemoved, added: unpaired };
}
