/** One call the emulator answered, as the control API's call history shows it. */
export interface CallRecord {
  /** Increasing number of the call since the emulator started. */
  seq: number;
  requestId?: string;
  operation: string;
  awsAccountId: string;
  /** Emulated time at which the call arrived. */
  time: string;
  durationMs: number;
  input: unknown;
  output?: unknown;
  /** The modeled error the call answered with. */
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
  input: unknown;
  output?: unknown;
  error?: { name: string; message: string };
}

interface Entry {
  seq: number;
  call: RecordedCall;
}

export interface CallQuery {
  operation?: string;
  awsAccountId?: string;
  /** The most recent calls only. */
  limit?: number;
}

/**
 * The latest calls, oldest first, in a ring of `capacity` entries (0 turns the
 * history off). Calls are kept as recorded, by reference, and turned into
 * JSON only when the history is read, so recording costs the hot path little:
 * every object a busy emulator keeps here survives young-generation
 * collections, so the ring holds the recorded call itself, not a copy.
 */
export class CallLog {
  private readonly ring: Entry[] = [];
  private next = 0;
  private seq = 0;

  constructor(readonly capacity = 1000) {}

  record(call: RecordedCall): void {
    if (this.capacity === 0) return;
    this.seq += 1;
    const entry = { seq: this.seq, call };
    if (this.ring.length < this.capacity) this.ring.push(entry);
    else this.ring[this.next] = entry;
    this.next = (this.next + 1) % this.capacity;
  }

  list(query: CallQuery = {}): CallRecord[] {
    const ordered =
      this.ring.length < this.capacity
        ? this.ring
        : [...this.ring.slice(this.next), ...this.ring.slice(0, this.next)];
    const matching = ordered.filter(
      ({ call }) =>
        (query.operation === undefined || call.operation === query.operation) &&
        (query.awsAccountId === undefined || call.awsAccountId === query.awsAccountId),
    );
    const selected =
      query.limit === undefined
        ? matching
        : matching.slice(Math.max(0, matching.length - query.limit));
    return JSON.parse(JSON.stringify(selected.map(toCallRecord))) as CallRecord[];
  }

  clear(): void {
    this.ring.length = 0;
    this.next = 0;
  }
}

function toCallRecord({ seq, call }: Entry): CallRecord {
  const { timeMs, ...rest } = call;
  return { seq, ...rest, time: new Date(timeMs).toISOString() };
}
