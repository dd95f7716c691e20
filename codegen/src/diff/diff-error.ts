/**
 * A problem the user can fix (an unreadable model file, a missing git
 * revision). Commands print its message alone, without a stack, and exit 1.
 */
export class ModelDiffError extends Error {
  override name = "ModelDiffError";
}

/** Wrong arguments: the command prints its usage as well, and exits 2. */
export class UsageError extends ModelDiffError {
  override name = "UsageError";
}
