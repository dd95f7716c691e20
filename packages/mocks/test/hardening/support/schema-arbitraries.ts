import type { MemberSchema, OperationSchema, ServiceSchema, ValueSchema } from "@chimekit/server";
import fc from "fast-check";

/** IDs of resources that exist in the fuzzed emulator, so labels reach past the 404s. */
export type KnownIds = Readonly<Record<string, readonly string[]>>;

const MAX_GENERATED_LENGTH = 24;
const MAX_DEPTH = 3;

function lengthBounds(schema: { length?: { min?: number; max?: number } }) {
  const min = schema.length?.min ?? 0;
  const max = Math.max(
    min,
    Math.min(schema.length?.max ?? MAX_GENERATED_LENGTH, min + MAX_GENERATED_LENGTH),
  );
  return { min, max };
}

function validString(schema: Extract<ValueSchema, { type: "string" }>): fc.Arbitrary<string> {
  const { min, max } = lengthBounds(schema);
  if (!schema.pattern) return fc.string({ minLength: min, maxLength: max, unit: "grapheme-ascii" });
  const pattern = new RegExp(schema.pattern);
  // Only a declared maximum may cut a matching string: cutting an unanchored ID pattern could make every draw fail.
  const declaredMax = schema.length?.max ?? Number.MAX_SAFE_INTEGER;
  return fc
    .stringMatching(pattern)
    .map((text) => (text.length > declaredMax ? text.slice(0, declaredMax) : text))
    .filter((text) => text.length >= min && pattern.test(text));
}

/** Values the model accepts for `value` (best effort: a value the emulator still rejects must get a modeled 4xx). */
export function validValue(
  service: ServiceSchema,
  value: ValueSchema,
  depth = 0,
): fc.Arbitrary<unknown> {
  switch (value.type) {
    case "string":
      return validString(value);
    case "enum":
      return fc.constantFrom(...service.enums[value.enum]);
    case "boolean":
      return fc.boolean();
    case "integer":
    case "long":
      return fc.integer({ min: value.range?.min ?? -1000, max: value.range?.max ?? 1000 });
    case "float":
    case "double":
      return fc.double({
        min: value.range?.min ?? -1000,
        max: value.range?.max ?? 1000,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case "timestamp":
      return fc.date({
        min: new Date("2000-01-01"),
        max: new Date("2040-01-01"),
        noInvalidDate: true,
      });
    case "blob":
      return fc.uint8Array({ maxLength: 16 });
    case "document":
      return fc.jsonValue({ maxDepth: 2 });
    case "list": {
      const { min, max } = lengthBounds(value);
      if (depth >= MAX_DEPTH && min === 0) return fc.constant([]);
      return fc.array(validValue(service, value.member, depth + 1), {
        minLength: min,
        maxLength: Math.min(max, 3),
      });
    }
    case "map": {
      const { min, max } = lengthBounds(value);
      return fc.dictionary(
        validValue(service, value.key, depth + 1) as fc.Arbitrary<string>,
        validValue(service, value.value, depth + 1),
        { minKeys: min, maxKeys: Math.min(max, 3) },
      );
    }
    case "structure":
      return validStructure(service, service.structures[value.structure].members, {}, depth + 1);
  }
}

function validStructure(
  service: ServiceSchema,
  members: readonly MemberSchema[],
  known: KnownIds,
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  const required: Record<string, fc.Arbitrary<unknown>> = {};
  const optional: Record<string, fc.Arbitrary<unknown>> = {};
  for (const member of members) {
    if (member.location.in === "responseCode") continue;
    const generated = validValue(service, member.value, depth);
    const ids = known[member.name];
    const arbitrary = ids?.length
      ? fc.oneof(
          { arbitrary: fc.constantFrom(...ids), weight: 3 },
          { arbitrary: generated, weight: 1 },
        )
      : generated;
    if (member.required || member.location.in === "label") required[member.name] = arbitrary;
    else if (depth < MAX_DEPTH) optional[member.name] = arbitrary;
  }
  return fc
    .tuple(fc.record(required), fc.record(optional, { requiredKeys: [] }))
    .map(([mandatory, extra]) => ({ ...extra, ...mandatory }));
}

/** Random inputs of `operation` that satisfy its model, with labels drawn mostly from `known`. */
export function validInput(
  service: ServiceSchema,
  operation: OperationSchema,
  known: KnownIds,
): fc.Arbitrary<Record<string, unknown>> {
  return validStructure(service, service.structures[operation.input].members, known, 0);
}
