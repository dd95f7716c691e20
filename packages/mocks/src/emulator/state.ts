import type { PartitionSnapshot } from "../store/store.js";
import {
  checkDepth,
  ControlInputError,
  describe,
  entryPath,
  isPlainObject,
  strictObject,
} from "./input-checks.js";
import { isAwsAccountId } from "./partitions.js";
import { recordProblems } from "./record-checks.js";

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

/** A state document the emulator refuses; nothing was imported. */
export class StateFormatError extends ControlInputError {
  constructor(where: string, problem: string) {
    super(`emulator state: ${where}`, problem);
    this.name = "StateFormatError";
  }
}

/** Problems reported at once for one document; a broken export usually repeats one mistake many times. */
const MAX_REPORTED_PROBLEMS = 10;

/**
 * Checks a whole state document before anything is applied: its structure
 * (no unknown members), its nesting depth, and every record through the
 * model's validation (see `recordProblems`), so an import either applies
 * entirely or is refused with the JSON path of each fault.
 */
export function checkState(state: unknown): EmulatorState {
  try {
    checkDepth(state, "the document");
  } catch (error) {
    throw new StateFormatError((error as ControlInputError).message, "");
  }
  const document = strictObjectOf(state, "the document", [
    "format",
    "version",
    "scope",
    "exportedAt",
    "clockOffsetMs",
    "awsAccounts",
  ]);
  if (document.format !== "chimekit-emulator-state") {
    throw new StateFormatError(
      "format",
      `must be "chimekit-emulator-state" (got ${JSON.stringify(document.format)})`,
    );
  }
  if (document.version !== 1)
    throw new StateFormatError("version", `must be 1 (got ${JSON.stringify(document.version)})`);
  if (document.scope !== "all" && document.scope !== "awsAccount") {
    throw new StateFormatError(
      "scope",
      `must be "all" or "awsAccount" (got ${JSON.stringify(document.scope)})`,
    );
  }
  if (document.exportedAt !== undefined && typeof document.exportedAt !== "string")
    throw new StateFormatError(
      "exportedAt",
      `must be a string (got ${describe(document.exportedAt)})`,
    );
  if (typeof document.clockOffsetMs !== "number" || !Number.isFinite(document.clockOffsetMs)) {
    throw new StateFormatError(
      "clockOffsetMs",
      `must be a number of milliseconds (got ${describe(document.clockOffsetMs)})`,
    );
  }
  if (!isPlainObject(document.awsAccounts))
    throw new StateFormatError("awsAccounts", "must be an object keyed by AWS account ID");
  const problems: string[] = [];
  for (const [awsAccountId, snapshot] of Object.entries(document.awsAccounts)) {
    const where = entryPath("awsAccounts", awsAccountId);
    if (!isAwsAccountId(awsAccountId))
      throw new StateFormatError(where, "must be keyed by a 12-digit AWS account ID");
    const records = strictObjectOf(snapshot, where, ["records"]).records;
    if (!Array.isArray(records)) throw new StateFormatError(`${where}.records`, "must be an array");
    const seen = new Set<string>();
    // An email belongs to one account of an AWS account, as CreateUser and seeds keep it.
    const emailHolders = new Map<string, { accountId: string; userId: string }>();
    records.forEach((record: unknown, index: number) => {
      if (problems.length >= MAX_REPORTED_PROBLEMS) return;
      const at = `${where}.records[${index}]`;
      const fields = strictObjectOf(record, at, ["collection", "scope", "id", "value"]);
      for (const member of ["collection", "scope", "id"]) {
        if (typeof fields[member] !== "string")
          throw new StateFormatError(
            `${at}.${member}`,
            `must be a string (got ${describe(fields[member])})`,
          );
      }
      const { collection, scope, id, value } = fields as Record<string, string>;
      if (!isPlainObject(value))
        throw new StateFormatError(`${at}.value`, `must be an object (got ${describe(value)})`);
      const key = JSON.stringify([collection, scope, id]);
      if (seen.has(key))
        problems.push(
          `${at}: repeats the record ${collection} ${JSON.stringify(id)} of scope ${JSON.stringify(scope)}`,
        );
      seen.add(key);
      if (collection === "UserResource" && typeof value.PrimaryEmail === "string") {
        const email = value.PrimaryEmail.toLowerCase();
        const holder = emailHolders.get(email);
        if (holder && holder.accountId !== scope) {
          problems.push(
            `${at}.value.PrimaryEmail: ${value.PrimaryEmail} already belongs to user ${holder.userId} of account ${holder.accountId}; an email belongs to one account of an AWS account`,
          );
        } else emailHolders.set(email, { accountId: scope, userId: id });
      }
      for (const problem of recordProblems(collection, scope, id, value))
        problems.push(`${at} (${collection} ${JSON.stringify(id)}): ${problem}`);
    });
  }
  if (problems.length > 0) {
    throw new StateFormatError(
      "records",
      `are refused, nothing was imported: ${problems.slice(0, MAX_REPORTED_PROBLEMS).join("; ")}${problems.length > MAX_REPORTED_PROBLEMS ? "; ..." : ""}`,
    );
  }
  return document as unknown as EmulatorState;
}

function strictObjectOf(
  value: unknown,
  where: string,
  known: readonly string[],
): Record<string, unknown> {
  try {
    return strictObject(value, where, known);
  } catch (error) {
    throw new StateFormatError((error as ControlInputError).message, "");
  }
}
