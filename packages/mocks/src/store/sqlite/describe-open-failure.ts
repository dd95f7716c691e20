import { sqliteFault } from "./driver.js";
import { findLockHolder } from "./lock-holder.js";
import { StateFileError } from "./state-file-error.js";

/**
 * A SQLite error met while opening a state file, as the user should read it:
 * who holds the file, or that it is damaged or cannot be opened. Anything
 * else is returned as it is (a fault of ours, not of the file).
 */
export function describeOpenFailure(error: unknown, file: string): Error {
  switch (sqliteFault(error)) {
    case "busy": {
      const holder = findLockHolder(file);
      const who =
        holder === undefined
          ? "another process"
          : `process ${holder.pid}${holder.command ? ` (${holder.command})` : ""}`;
      return new StateFileError(
        file,
        `is in use by ${who}; one state file serves one emulator at a time: stop that one or choose another file`,
      );
    }
    case "corrupt":
    case "notadb":
      return new StateFileError(
        file,
        `is not a usable SQLite database (${(error as Error).message}); restore it from a copy or an export, or start with a new file`,
      );
    case "cantopen":
      return new StateFileError(file, `cannot be opened (${(error as Error).message})`);
    default:
      return error as Error;
  }
}
