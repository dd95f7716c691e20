import { seededRandom } from "../emulator/engine/prng.js";

/** The draws fixture generation needs, over one seeded stream: the same seed gives the same draws in the same order. */
export class FakeRandom {
  private readonly next: () => number;

  constructor(readonly seed: number) {
    this.next = seededRandom(seed);
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A number in [min, max) rounded to hundredths, kept inside the bounds. */
  float(min: number, max: number): number {
    const value = Math.round((min + this.next() * (max - min)) * 100) / 100;
    return Math.min(Math.max(value, min), max);
  }

  boolean(): boolean {
    return this.next() < 0.5;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("cannot pick from an empty list");
    return items[this.int(0, items.length - 1)]!;
  }
}
