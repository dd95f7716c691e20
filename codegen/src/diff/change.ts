import type { ShapeId } from "../model/smithy-ast.ts";

/**
 * How a model change reaches consumers of the generated packages, from most to
 * least disruptive: `breaking` can stop existing code from compiling or working,
 * `feature` only adds, `docs` changes nothing but prose, examples and tests.
 */
export type ChangeClass = "breaking" | "feature" | "docs";

/** Most disruptive first: the order in which reports and bumps consider classes. */
export const CHANGE_CLASSES: readonly ChangeClass[] = ["breaking", "feature", "docs"];

/** One API change between two models. */
export interface ModelChange {
  class: ChangeClass;
  /** A stable, machine-readable name for what happened, e.g. `member-removed`. */
  kind: string;
  /** The shape or member it happened to: `ns#Shape` or `ns#Shape$member`. */
  shape: ShapeId;
  /** What changed, in a few words, for people. */
  description: string;
}

export function breaking(kind: string, shape: ShapeId, description: string): ModelChange {
  return { class: "breaking", kind, shape, description };
}

export function feature(kind: string, shape: ShapeId, description: string): ModelChange {
  return { class: "feature", kind, shape, description };
}

export function docs(kind: string, shape: ShapeId, description: string): ModelChange {
  return { class: "docs", kind, shape, description };
}

/** Sorts changes by class (breaking first), then shape ID, then kind, so reports are stable. */
export function sortChanges(changes: readonly ModelChange[]): ModelChange[] {
  return [...changes].sort(
    (a, b) =>
      CHANGE_CLASSES.indexOf(a.class) - CHANGE_CLASSES.indexOf(b.class) ||
      compareText(a.shape, b.shape) ||
      compareText(a.kind, b.kind) ||
      compareText(a.description, b.description),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
