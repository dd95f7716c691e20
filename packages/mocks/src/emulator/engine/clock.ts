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

  /** Moves time forward; going back is refused so that scheduled work stays ordered. */
  advance(milliseconds: number): Date {
    if (!Number.isFinite(milliseconds) || milliseconds < 0) {
      throw new RangeError(
        `clock: cannot advance by ${milliseconds} ms; give a duration of 0 or more`,
      );
    }
    this.offset += milliseconds;
    return this.now();
  }

  /** Puts emulated time `offsetMs` ahead of its base (a restored state file, a reset). */
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

/** `"20ms"`, `"7d"`, `"1.5h"` or a number of milliseconds. */
export function parseDuration(text: string | number): number {
  if (typeof text === "number") return text;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(text);
  if (!match) {
    throw new RangeError(
      `duration "${text}" is not valid: write a number followed by ms, s, m, h or d (for example 20ms or 7d)`,
    );
  }
  return Number(match[1]) * UNITS[match[2] ?? "ms"];
}
