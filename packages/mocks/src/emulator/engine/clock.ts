/**
 * Emulated time: the wall clock (or a frozen instant) shifted by an offset
 * that the control API moves forward. The deletion queue, order processing
 * and calling-name updates all read this clock, so a test can jump seven days
 * without waiting.
 */
export interface ClockOptions {
  /** Freeze time at this instant (tests that compare timestamps); only `advance` moves it. */
  frozenAt?: Date;
  /** Where the offset starts, for example restored from a state file. */
  offsetMs?: number;
  /** The wall clock; replaceable in tests. */
  wallClock?: () => number;
}

/** The emulated clock stays within the years 1970 to 9999, which every timestamp format of the API can write. */
const EARLIEST_MS = Date.UTC(1970, 0, 1);
const LATEST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A clock change or a duration that the emulator refuses; nothing was changed. */
export class ClockRangeError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = "ClockRangeError";
  }
}

export class EmulatedClock {
  private offset: number;
  private readonly frozenAt: number | undefined;
  private readonly wallClock: () => number;

  constructor(options: ClockOptions = {}) {
    this.offset = options.offsetMs ?? 0;
    this.frozenAt = options.frozenAt?.getTime();
    this.wallClock = options.wallClock ?? Date.now;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  /** The emulated time in milliseconds since the epoch, without building a Date. */
  nowMs(): number {
    return (this.frozenAt ?? this.wallClock()) + this.offset;
  }

  /**
   * The offset that moves time forward by `milliseconds`, checked but not
   * applied: going back is refused so that scheduled work stays ordered, and
   * so is leaving the years 1970 to 9999.
   */
  offsetAfter(milliseconds: number): number {
    if (!Number.isFinite(milliseconds) || milliseconds < 0) {
      throw new ClockRangeError(
        `clock: cannot advance by ${milliseconds} ms; give a duration of 0 or more`,
      );
    }
    return this.checkOffset(this.offset + milliseconds, `advancing by ${milliseconds} ms`);
  }

  /** Moves time forward at once (tests and harnesses); see `offsetAfter` for what is refused. */
  advance(milliseconds: number): Date {
    return this.setOffset(this.offsetAfter(milliseconds));
  }

  /** `offsetMs` when the time it gives lies in the years 1970 to 9999; otherwise a ClockRangeError naming `cause`. */
  checkOffset(offsetMs: number, cause: string): number {
    const at = (this.frozenAt ?? this.wallClock()) + offsetMs;
    if (!Number.isFinite(offsetMs) || !(at >= EARLIEST_MS && at <= LATEST_MS)) {
      throw new ClockRangeError(
        `clock: ${cause} would put emulated time outside the years 1970 to 9999 (offset ${offsetMs} ms); the clock is unchanged`,
      );
    }
    return offsetMs;
  }

  /** Puts emulated time `offsetMs` ahead of its base (a restored state file, a reset); see `checkOffset`. */
  setOffset(offsetMs: number): Date {
    this.offset = offsetMs;
    return this.now();
  }

  /** How far emulated time is ahead of the wall clock or of the frozen instant (what a state file keeps). */
  get offsetMs(): number {
    return this.offset;
  }
}

const UNITS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/** Longest duration accepted anywhere (about 285,000 years): larger numbers lose whole milliseconds. */
const MAX_DURATION_MS = Number.MAX_SAFE_INTEGER;

/**
 * `"20ms"`, `"7d"`, `"1.5h"` or a number of milliseconds, 0 or more and at
 * most `maxMs`; anything else is a ClockRangeError that says what is allowed.
 */
export function parseDuration(text: string | number, maxMs = MAX_DURATION_MS): number {
  let milliseconds: number;
  if (typeof text === "number") {
    milliseconds = text;
  } else {
    const match =
      typeof text === "string" ? /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(text) : null;
    if (!match) {
      throw new ClockRangeError(
        `duration ${JSON.stringify(text)} is not valid: write a number followed by ms, s, m, h or d (for example 20ms or 7d)`,
      );
    }
    milliseconds = Number(match[1]) * UNITS[match[2] ?? "ms"];
  }
  if (!Number.isFinite(milliseconds) || milliseconds < 0 || milliseconds > maxMs) {
    throw new ClockRangeError(
      `duration ${JSON.stringify(text)} is not valid: it must be from 0 to ${maxMs} ms`,
    );
  }
  return milliseconds;
}
