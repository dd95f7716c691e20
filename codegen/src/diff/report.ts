import { CHANGE_CLASSES, type ChangeClass, type ModelChange } from "./change.ts";
import { affectedPackages, releaseBump, zeroMajorNote, type Bump } from "./release.ts";

/** The outcome of one `model:diff`: what was compared, what changed, and what release it needs. */
export interface DiffReport {
  before: string;
  after: string;
  changes: ModelChange[];
  counts: Record<ChangeClass, number>;
  bump?: Bump;
  packages: string[];
  note?: string;
}

export function buildReport(
  before: string,
  after: string,
  changes: ModelChange[],
  version: string | undefined,
): DiffReport {
  const bump = releaseBump(changes);
  return {
    before,
    after,
    changes,
    counts: countByClass(changes),
    bump,
    packages: affectedPackages(changes),
    note: zeroMajorNote(bump, version),
  };
}

/** How many changes of each class. */
export function countByClass(changes: readonly ModelChange[]): Record<ChangeClass, number> {
  return Object.fromEntries(
    CHANGE_CLASSES.map((changeClass) => [
      changeClass,
      changes.filter((change) => change.class === changeClass).length,
    ]),
  ) as Record<ChangeClass, number>;
}

/** `1 breaking, 2 feature`: the non-zero counts, most disruptive first. */
export function describeCounts(counts: Record<ChangeClass, number>): string {
  return CHANGE_CLASSES.filter((changeClass) => counts[changeClass] > 0)
    .map((changeClass) => `${counts[changeClass]} ${changeClass}`)
    .join(", ");
}
