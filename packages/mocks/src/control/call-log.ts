import { approximateJsonBytes } from "./json-size.js";

/** One call the emulator answered, as the control API's call history shows it. */
export interface CallRecord {
  /** Increasing number of the call since the emulator started. */
  seq: number;
  requestId?: string;
  /** The operation name, or `(unknown)` when no route matched. */
  operation: string;
  awsAccountId: string;
  /** Emulated time at which the call arrived. */
  time: string;
  durationMs: number;
  /** The HTTP status the call was answered with. */
  statusCode: number;
  input: unknown;
  output?: unknown;
  /** The error the call answered with: modeled by the operation, or raised before it ran (validation, authentication, throttling). */
  error?: { name: string; message: string };
}

/** A call as it is recorded: the history turns it into a CallRecord only when it is read. */
export interface RecordedCall {
  requestId?: string;
  operation: string;
  awsAccountId: string;
  /** Emulated time at which the call arrived, in milliseconds since the epoch. */
  timeMs: number;
  durationMs: number;
  /** Set once the answer is written; 200 until then. */
  statusCode?: number;
  input: unknown;
  output?: unknown;
  error?: { name: string; message: string };
}

interface Entry {
  seq: number;
  bytes: number;
  call: RecordedCall;
}

export interface CallFilter {
  operation?: string;
  awsAccountId?: string;
  /** `ok`: answered without error; `error`: answered with one. */
  status?: "ok" | "error";
}

export interface CallQuery extends CallFilter {
  /** The most recent calls only. */
  limit?: number;
}

export interface CallPageQuery extends CallFilter {
  /** Page size. */
  limit: number;
  /** Only calls with a greater `seq`, oldest first; without it, the most recent `limit` calls. */
  after?: number;
}

export interface CallPage {
  calls: CallRecord[];
  /** The `seq` of the last call returned, when more calls match after it. */
  nextAfter?: number;
}

export interface CallLogLimits {
  /** Calls kept at most; 0 turns the history off. Default 1000. */
  maxCalls?: number;
  /** Approximate JSON size of the calls kept, at most. Default 32 MiB. */
  maxBytes?: number;
}

export const DEFAULT_CALL_HISTORY_BYTES = 32 * 1024 * 1024;

/**
 * The latest calls, oldest first, bounded by count and by approximate JSON
 * size (the oldest go first). Calls are kept as recorded, by reference, and
 * turned into JSON only when the history is read, so recording costs the hot
 * path little: every object a busy emulator keeps here survives
 * young-generation collections, so the history holds the recorded call
 * itself, not a copy.
 */
export class CallLog {
  readonly capacity: number;
  readonly maxBytes: number;
  private entries: Entry[] = [];
  /** Index of the oldest live entry: evicting moves it, and the array is compacted now and then. */
  private head = 0;
  private bytes = 0;
  private seq = 0;

  constructor(limits: number | CallLogLimits = {}) {
    const resolved = typeof limits === "number" ? { maxCalls: limits } : limits;
    this.capacity = resolved.maxCalls ?? 1000;
    this.maxBytes = resolved.maxBytes ?? DEFAULT_CALL_HISTORY_BYTES;
  }

  record(call: RecordedCall): void {
    if (this.capacity === 0) return;
    this.seq += 1;
    let bytes = approximateJsonBytes(call.input) + approximateJsonBytes(call.output) + 256;
    if (bytes > this.maxBytes) {
      // One answer larger than the whole history: keep that it happened, not what it said.
      call.output = { omitted: `about ${bytes} bytes, above the call history's byte limit` };
      bytes = 512;
      if (approximateJsonBytes(call.input) > this.maxBytes / 2) call.input = call.output;
    }
    this.entries.push({ seq: this.seq, bytes, call });
    this.bytes += bytes;
    while (this.entries.length - this.head > this.capacity || this.bytes > this.maxBytes) {
      this.bytes -= this.entries[this.head].bytes;
      this.head += 1;
    }
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
  }

  /** The matching calls, oldest first; with `limit`, the most recent ones only. */
  list(query: CallQuery = {}): CallRecord[] {
    const matching = this.live().filter((entry) => matches(entry, query));
    const selected =
      query.limit === undefined
        ? matching
        : matching.slice(Math.max(0, matching.length - query.limit));
    return toRecords(selected);
  }

  /** One page of matching calls, oldest first: after `after`, or the most recent ones (see CallPageQuery). */
  page(query: CallPageQuery): CallPage {
    const live = this.live();
    const selected: Entry[] = [];
    if (query.after === undefined) {
      for (let i = live.length - 1; i >= 0 && selected.length < query.limit; i -= 1) {
        if (matches(live[i], query)) selected.push(live[i]);
      }
      return { calls: toRecords(selected.reverse()) };
    }
    let i = firstAfter(live, query.after);
    for (; i < live.length && selected.length < query.limit; i += 1) {
      if (matches(live[i], query)) selected.push(live[i]);
    }
    const more = live.slice(i).some((entry) => matches(entry, query));
    const page: CallPage = { calls: toRecords(selected) };
    if (more && selected.length > 0) page.nextAfter = selected[selected.length - 1].seq;
    return page;
  }

  clear(): void {
    this.entries = [];
    this.head = 0;
    this.bytes = 0;
  }

  private live(): Entry[] {
    return this.entries.slice(this.head);
  }
}

function matches({ call }: Entry, filter: CallFilter): boolean {
  return (
    (filter.operation === undefined || call.operation === filter.operation) &&
    (filter.awsAccountId === undefined || call.awsAccountId === filter.awsAccountId) &&
    (filter.status === undefined || (call.error === undefined) === (filter.status === "ok"))
  );
}

/** Index of the first entry with a sequence number above `seq` (entries are in sequence order). */
function firstAfter(entries: readonly Entry[], seq: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (entries[middle].seq <= seq) low = middle + 1;
    else high = middle;
  }
  return low;
}

function toRecords(entries: readonly Entry[]): CallRecord[] {
  return JSON.parse(JSON.stringify(entries.map(toCallRecord))) as CallRecord[];
}

function toCallRecord({ seq, call }: Entry): CallRecord {
  const { timeMs, statusCode, ...rest } = call;
  return {
    seq,
    ...rest,
    statusCode: statusCode ?? 200,
    time: new Date(timeMs).toISOString(),
  };
}
