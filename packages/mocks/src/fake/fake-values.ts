import { chimeServiceSchema, type Bounds, type ValueSchema } from "@chimekit/server";
import type { FakeRandom } from "./fake-random.js";
import { sampleMatching } from "./pattern-strings.js";

/**
 * Fixtures are made from the schema the server validates against, so a factory's output passes
 * that validation by construction: one description of every shape, its members and constraints.
 */
const { structures, enums } = chimeServiceSchema;

/** Below this nesting depth optional members are filled in too; deeper, only required ones, so nested data stays small. */
const OPTIONAL_MEMBER_DEPTH = 2;
/** Fixed start of generated timestamps, so that the same seed gives the same dates on any day. */
const TIMESTAMP_BASE = Date.UTC(2024, 0, 1);
const YEAR_MS = 365 * 24 * 3600 * 1000;
const PATTERN_ATTEMPTS = 200;

export class FixtureError extends Error {
  constructor(path: string, problem: string) {
    super(`fake: ${path}: ${problem}`);
    this.name = "FixtureError";
  }
}

/** A value of structure `name` meeting every constraint of its members. */
export function fakeStructureValue(
  name: string,
  random: FakeRandom,
  depth = 0,
): Record<string, unknown> {
  const structure = structures[name];
  if (!structure) throw new FixtureError(name, "not a structure of the model");
  const value: Record<string, unknown> = {};
  for (const member of structure.members) {
    if (!member.required && depth >= OPTIONAL_MEMBER_DEPTH) continue;
    value[member.name] = fakeValue(member.value, random, depth + 1, `${name}.${member.name}`);
  }
  return value;
}

function fakeValue(spec: ValueSchema, random: FakeRandom, depth: number, path: string): unknown {
  switch (spec.type) {
    case "string":
      return fakeString(spec.length, spec.pattern, random, path);
    case "enum": {
      const values = enums[spec.enum] ?? [];
      if (values.length === 0) throw new FixtureError(path, "the enum has no values");
      return random.pick(values);
    }
    case "integer":
    case "long":
      return random.int(spec.range?.min ?? 0, spec.range?.max ?? (spec.range?.min ?? 0) + 100);
    case "float":
    case "double":
      return random.float(spec.range?.min ?? 0, spec.range?.max ?? (spec.range?.min ?? 0) + 100);
    case "boolean":
      return random.boolean();
    case "timestamp":
      return new Date(TIMESTAMP_BASE + random.int(0, YEAR_MS / 1000) * 1000);
    case "document":
      return {};
    case "blob":
      return Uint8Array.from({ length: count(spec.length, random) }, () => random.int(0, 255));
    case "structure":
      return fakeStructureValue(spec.structure, random, depth);
    case "list":
      return Array.from({ length: count(spec.length, random) }, (_, index) =>
        fakeValue(spec.member, random, depth, `${path}[${index}]`),
      );
    case "map": {
      const entries: Record<string, unknown> = {};
      const size = count(spec.length, random);
      for (let attempt = 0; Object.keys(entries).length < size; attempt++) {
        if (attempt > size * 20) throw new FixtureError(path, `cannot draw ${size} distinct keys`);
        const key = String(fakeValue(spec.key, random, depth, `${path} key`));
        entries[key] ??= fakeValue(spec.value, random, depth, `${path}.${key}`);
      }
      return entries;
    }
  }
}

/** Entries of a list, map or blob: one or two, inside the bounds. */
function count(bounds: Bounds | undefined, random: FakeRandom): number {
  const min = bounds?.min ?? 0;
  const max = bounds?.max ?? Math.max(min, 2);
  return Math.min(Math.max(random.int(1, 2), min), max);
}

function fakeString(
  length: Bounds | undefined,
  pattern: string | undefined,
  random: FakeRandom,
  path: string,
): string {
  const min = length?.min ?? 0;
  const max = length?.max ?? Infinity;
  if (pattern === undefined) {
    const size = random.int(Math.max(min, Math.min(8, max)), Math.min(max, Math.max(min, 12)));
    return Array.from({ length: size }, () => random.pick(ALPHANUMERIC)).join("");
  }
  for (let attempt = 0; attempt < PATTERN_ATTEMPTS; attempt++) {
    const text = sampleMatching(pattern, random, Math.max(3, min));
    const size = [...text].length;
    if (size >= min && size <= max) return text;
  }
  throw new FixtureError(
    path,
    `no string matching ${JSON.stringify(pattern)} with length ${min}..${max} after ${PATTERN_ATTEMPTS} draws`,
  );
}

const ALPHANUMERIC = [..."abcdefghijklmnopqrstuvwxyz0123456789"];
