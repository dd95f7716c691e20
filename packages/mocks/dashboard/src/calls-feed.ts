import type { CallRecord } from "./types.js";

/** How many calls the page keeps, newest first; older ones drop off as new ones arrive. */
export const KEPT_CALLS = 1000;

export type CallStatus = "ok" | "error";

export interface CallFilter {
  operation: string;
  status: "" | CallStatus;
  awsAccountId: string;
}

export function callStatus(call: CallRecord): CallStatus {
  return call.error !== undefined || (call.statusCode !== undefined && call.statusCode >= 400)
    ? "error"
    : "ok";
}

export function matchesCallFilter(call: CallRecord, filter: CallFilter): boolean {
  return (
    (filter.operation === "" || call.operation === filter.operation) &&
    (filter.status === "" || callStatus(call) === filter.status) &&
    (filter.awsAccountId === "" || call.awsAccountId === filter.awsAccountId)
  );
}

/**
 * Adds a page of the history to the calls known, newest first, each seq once.
 * An emulator without `after=` paging answers its latest calls again each
 * time; the seqs already known are then dropped here.
 */
export function mergeCalls(known: CallRecord[], page: CallRecord[]): CallRecord[] {
  const newest = known[0]?.seq ?? 0;
  const fresh = page.filter((call) => call.seq > newest).sort((a, b) => b.seq - a.seq);
  if (fresh.length === 0) return known;
  return [...fresh, ...known].slice(0, KEPT_CALLS);
}
