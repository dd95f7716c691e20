import type { PartitionSnapshot } from "../store/store.js";
import { isAwsAccountId } from "./partitions.js";

/** The store partition for the emulator's own bookkeeping (the clock); never an AWS account. */
export const META_PARTITION = "_chimekit";

/** What `GET /_chimekit/state` returns and `POST /_chimekit/state` takes. */
export interface EmulatorState {
  format: "chimekit-emulator-state";
  version: 1;
  /** `all`: the whole emulator (an import replaces everything); `awsAccount`: the accounts listed only. */
  scope: "all" | "awsAccount";
  exportedAt: string;
  clockOffsetMs: number;
  /** AWS account ID to its records, in creation order. */
  awsAccounts: Record<string, PartitionSnapshot>;
}

export class StateFormatError extends Error {
  constructor(where: string, problem: string) {
    super(`emulator state: ${where} ${problem}`);
    this.name = "StateFormatError";
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Checks a state document's structure, naming the first member that is wrong. */
export function checkState(state: unknown): EmulatorState {
  if (!isObject(state)) throw new StateFormatError("the document", "must be a JSON object");
  if (state.format !== "chimekit-emulator-state") {
    throw new StateFormatError(
      "format",
      `must be "chimekit-emulator-state" (got ${JSON.stringify(state.format)})`,
    );
  }
  if (state.version !== 1)
    throw new StateFormatError("version", `must be 1 (got ${JSON.stringify(state.version)})`);
  if (state.scope !== "all" && state.scope !== "awsAccount") {
    throw new StateFormatError(
      "scope",
      `must be "all" or "awsAccount" (got ${JSON.stringify(state.scope)})`,
    );
  }
  if (typeof state.clockOffsetMs !== "number" || !Number.isFinite(state.clockOffsetMs)) {
    throw new StateFormatError("clockOffsetMs", "must be a number of milliseconds");
  }
  if (!isObject(state.awsAccounts))
    throw new StateFormatError("awsAccounts", "must be an object keyed by AWS account ID");
  for (const [awsAccountId, snapshot] of Object.entries(state.awsAccounts)) {
    const where = `awsAccounts["${awsAccountId}"]`;
    if (!isAwsAccountId(awsAccountId))
      throw new StateFormatError(where, "must be keyed by a 12-digit AWS account ID");
    if (!isObject(snapshot) || !Array.isArray(snapshot.records)) {
      throw new StateFormatError(`${where}.records`, "must be an array");
    }
    snapshot.records.forEach((record: unknown, index: number) => {
      const at = `${where}.records[${index}]`;
      if (!isObject(record)) throw new StateFormatError(at, "must be an object");
      for (const member of ["collection", "scope", "id"]) {
        if (typeof record[member] !== "string")
          throw new StateFormatError(`${at}.${member}`, "must be a string");
      }
      if (!isObject(record.value)) throw new StateFormatError(`${at}.value`, "must be an object");
    });
  }
  return state as unknown as EmulatorState;
}
