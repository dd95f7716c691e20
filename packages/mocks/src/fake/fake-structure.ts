import { FakeRandom } from "./fake-random.js";
import { fakeStructureValue } from "./fake-values.js";

export interface FakeOptions {
  /** Generate from this seed instead of the shared stream: the same seed gives the same data. */
  seed?: number;
}

const DEFAULT_SEED = 1;
let shared = new FakeRandom(DEFAULT_SEED);

/**
 * Restarts the stream that factories draw from when no seed is given, so a
 * suite can make its unseeded fixtures reproducible too.
 */
export function seedFake(seed: number = DEFAULT_SEED): void {
  shared = new FakeRandom(seed);
}

/** A valid value of structure `name`, with `overrides` laid over the generated members. */
export function fakeStructure<T>(
  name: string,
  overrides: Partial<T> | undefined,
  options: FakeOptions = {},
): T {
  const random = options.seed === undefined ? shared : new FakeRandom(options.seed);
  return { ...fakeStructureValue(name, random), ...overrides } as T;
}
