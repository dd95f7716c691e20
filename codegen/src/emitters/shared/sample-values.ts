import type { Constraints, MemberIr, ModelIr, ValueIr } from "../../ir/types.ts";
import { kebabName } from "../../naming.ts";
import { structureNamed } from "./ir-lookup.ts";
import { fitString, realisticStrings } from "./sample-strings.ts";

/**
 * Sample values made from the model alone, the same on every run, meeting every constraint:
 * the example calls of the docs pages, the READMEs and the client's command docs, and the
 * inputs and outputs of the server's generated tests. One maker, so every emitter shows the
 * same timestamp, numbers and lists; a `SampleStyle` says only what differs by audience.
 */

/** A sample value, as the client and the server's handlers take it. */
export type SampleValue =
  string | number | boolean | Date | Uint8Array | SampleValue[] | { [member: string]: SampleValue };

/**
 * Who reads the samples.
 * - `example`, people (docs, READMEs, command docs): strings look real (a UUID for an ID, an
 *   e-mail address for an e-mail), and a nested structure gets its required members only (all
 *   of them when none is), so examples stay short.
 * - `test`, generated tests: strings name their member with a space (`account-id 1`), so
 *   tests tell members apart and labels and query values exercise percent-encoding; nested
 *   structures get every member, down to `MAX_DEPTH`.
 */
export type SampleStyle = "example" | "test";

/** Whole seconds, so every timestamp format on the wire (date-time, epoch-seconds, http-date) keeps it exactly. */
export const SAMPLE_TIMESTAMP = new Date("2024-01-15T17:00:00.000Z");

/** How deep `test` samples follow optional members into nested structures. */
const MAX_DEPTH = 4;

export class SampleError extends Error {}

/**
 * Where a value sits: how deep (each member, list item and map value is a level), and which
 * structures enclose it.
 */
interface Nesting {
  depth: number;
  open: ReadonlySet<string>;
}

export class SampleMaker {
  constructor(
    private readonly ir: ModelIr,
    private readonly style: SampleStyle,
  ) {}

  /** A value of structure `name` with the members the style fills. */
  structure(name: string): Record<string, SampleValue> {
    return this.#structure(name, { depth: 0, open: new Set() });
  }

  /**
   * A value for one member of structure `parent`, as it would be filled inside `parent`;
   * undefined for an optional member whose constraints admit no value this maker finds.
   */
  member(parent: string, member: MemberIr): SampleValue | undefined {
    return this.#member(parent, member, { depth: 1, open: new Set([parent]) });
  }

  /** `count` entries for a list member named `name` of an input, or undefined when one cannot be made. */
  items(list: ValueIr, count: number, name: string): SampleValue[] | undefined {
    if (list.type.kind !== "list") return undefined;
    return this.#items(list.type.member, count, name, { depth: 1, open: new Set() });
  }

  /** The wire values of an enum, in the IR's order. */
  enumValues(name: string): string[] {
    const shape = this.ir.shapes.get(name);
    if (shape?.kind !== "enum") throw new SampleError(`No enum named ${name} in the IR`);
    return shape.values.map((v) => v.value);
  }

  #structure(name: string, nesting: Nesting): Record<string, SampleValue> {
    const result: Record<string, SampleValue> = {};
    if (this.style === "example" && nesting.open.has(name)) return result;
    const { members } = structureNamed(this.ir, name);
    const required = members.filter((member) => member.required);
    const chosen =
      this.style === "test"
        ? members.filter((member) => member.required || nesting.depth < MAX_DEPTH)
        : required.length > 0
          ? required
          : members;
    const inner = { depth: nesting.depth + 1, open: new Set(nesting.open).add(name) };
    for (const member of chosen) {
      const value = this.#member(name, member, inner);
      if (value !== undefined) result[member.name] = value;
    }
    return result;
  }

  #member(parent: string, member: MemberIr, nesting: Nesting): SampleValue | undefined {
    const value = this.#value(member, member.name, nesting);
    if (value === undefined && member.required)
      throw new SampleError(`Cannot make a value for required member ${parent}.${member.name}`);
    return value;
  }

  /** A value for `value`, named `name` in its parent (the name picks the string). */
  #value(value: ValueIr, name: string, nesting: Nesting): SampleValue | undefined {
    const { type, constraints } = value;
    switch (type.kind) {
      case "string":
        return fitString(constraints, undefined, this.#namedStrings(name));
      case "enum":
        return this.enumValues(type.shape)[0];
      case "boolean":
        return true;
      case "integer":
      case "long":
      case "float":
      case "double":
        return sampleNumber(constraints);
      case "timestamp":
        return SAMPLE_TIMESTAMP;
      case "blob":
        return sampleBytes(constraints.length?.min ?? 3, constraints);
      case "document":
        return { sample: true };
      case "structure":
        return this.#structure(type.shape, nesting);
      case "list": {
        const count = Math.max(
          constraints.length?.min ?? 1,
          Math.min(1, constraints.length?.max ?? 1),
        );
        return this.#items(type.member, count, name, nesting);
      }
      case "map": {
        const entry = deeper(nesting);
        const key = this.#value(type.key, "Key", entry);
        const item = this.#value(type.value, "Value", entry);
        return key === undefined || item === undefined ? undefined : { [String(key)]: item };
      }
    }
  }

  /** List entries named after one item: `UserIdList` holds `UserId`, `UserId2`, ... */
  #items(
    member: ValueIr,
    count: number,
    name: string,
    nesting: Nesting,
  ): SampleValue[] | undefined {
    const item = singular(name);
    const entry = deeper(nesting);
    const items: SampleValue[] = [];
    for (let index = 0; index < count; index++) {
      const value = this.#value(member, index === 0 ? item : `${item}${index + 1}`, entry);
      if (value === undefined) return undefined;
      items.push(value);
    }
    return items;
  }

  /** The strings tried first for a string named `name`. */
  #namedStrings(name: string): string[] {
    return this.style === "example" ? realisticStrings(name) : [`${kebabName(name)} 1`];
  }
}

function deeper(nesting: Nesting): Nesting {
  return { depth: nesting.depth + 1, open: nesting.open };
}

/** `10`, a realistic count or page size, where the range allows it; else its lower bound, else 1. */
function sampleNumber(constraints: Constraints): number {
  const { min, max } = constraints.range ?? {};
  const inRange = (n: number) => (min === undefined || n >= min) && (max === undefined || n <= max);
  return [10, min ?? 1, max ?? 1].find(inRange) ?? 1;
}

/** `length` bytes (3 unless the model says otherwise), or undefined when the constraints admit fewer. */
export function sampleBytes(length: number, constraints: Constraints): Uint8Array | undefined {
  const max = constraints.length?.max ?? Number.POSITIVE_INFINITY;
  if (length > max) return undefined;
  return Uint8Array.from({ length }, (_, i) => (i * 37 + 1) % 256);
}

/** `UserIdList` -> `UserId`, `E164PhoneNumbers` -> `E164PhoneNumber`: the name of one item. */
function singular(name: string): string {
  if (name.endsWith("List")) return name.slice(0, -4);
  if (name.endsWith("ies")) return `${name.slice(0, -3)}y`;
  if (name.endsWith("s")) return name.slice(0, -1);
  return name;
}
