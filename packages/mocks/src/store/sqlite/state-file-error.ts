/**
 * A state file that cannot be used: held by another process, damaged, not a
 * ChimeKit state file, or no SQLite driver to open it with. The message names
 * the file and the fault, for the command line to print as it is.
 */
export class StateFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`state file ${file}: ${detail}`);
    this.name = "StateFileError";
  }
}
