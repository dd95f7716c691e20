import fc from "fast-check";
import type { MemberSchema, ServiceSchema, ValueSchema } from "../../src/generated/index.js";

/** Longest strings and lists generated where the model sets no maximum: enough to vary, quick to run. */
const OPEN_MAX_LENGTH = 12;
const OPEN_MAX_ITEMS = 3;
const MAX_DEPTH = 3;

/**
 * Random valid values for the service's shapes, derived from the service
 * schema: every value satisfies its type and constraints, so the server must
 * hand it to the service method unchanged.
 */
export class ValidValues {
  constructor(private readonly schema: ServiceSchema) {}

  structure(name: string, depth = 0): fc.Arbitrary<Record<string, unknown>> {
    const members = this.schema.structures[name].members.filter(
      (m) => m.required || depth < MAX_DEPTH,
    );
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const member of members) model[member.name] = this.member(member, depth);
    return fc.record(model, { requiredKeys: members.filter((m) => m.required).map((m) => m.name) });
  }

  member(member: MemberSchema, depth: number): fc.Arbitrary<unknown> {
    const wireText = member.location.in !== "body" && member.location.in !== "payload";
    return this.value(member.value, depth, wireText, member.location.in === "label");
  }

  /** `onWireText`: the value travels as text (label, query, header), where lists cannot be empty. */
  value(
    schema: ValueSchema,
    depth: number,
    onWireText = false,
    nonEmpty = false,
  ): fc.Arbitrary<unknown> {
    switch (schema.type) {
      case "string":
        return stringOf(
          schema.length?.min ?? (nonEmpty ? 1 : 0),
          schema.length?.max,
          schema.pattern,
        );
      case "enum":
        return fc.constantFrom(...this.schema.enums[schema.enum]);
      case "boolean":
        return fc.boolean();
      case "integer":
        return fc.integer({
          min: Math.max(-(2 ** 31), schema.range?.min ?? -(2 ** 31)),
          max: Math.min(2 ** 31 - 1, schema.range?.max ?? 2 ** 31 - 1),
        });
      case "long":
        return fc.integer({
          min: schema.range?.min ?? Number.MIN_SAFE_INTEGER,
          max: schema.range?.max ?? Number.MAX_SAFE_INTEGER,
        });
      case "float":
      case "double":
        return fc
          .double({
            min: schema.range?.min,
            max: schema.range?.max,
            noNaN: true,
            noDefaultInfinity: true,
          })
          .map((n) => (Object.is(n, -0) ? 0 : n));
      case "timestamp": {
        const dates = fc.date({
          min: new Date("1970-01-01T00:00:00Z"),
          max: new Date("2100-01-01T00:00:00Z"),
          noInvalidDate: true,
        });
        return schema.format === "http-date"
          ? dates.map((d) => new Date(Math.floor(d.getTime() / 1000) * 1000))
          : dates;
      }
      case "blob":
        return fc.uint8Array({
          minLength: schema.length?.min ?? 0,
          maxLength: schema.length?.max ?? OPEN_MAX_LENGTH,
        });
      case "document":
        return fc.dictionary(
          fc.string({ maxLength: 5 }),
          fc.oneof(fc.string(), fc.boolean(), fc.integer()),
          { maxKeys: 3 },
        );
      case "structure":
        return fc.constant(null).chain(() => this.structure(schema.structure, depth + 1));
      case "list": {
        const minLength = Math.max(schema.length?.min ?? 0, onWireText ? 1 : 0);
        const maxLength = Math.min(
          schema.length?.max ?? OPEN_MAX_ITEMS,
          Math.max(minLength, OPEN_MAX_ITEMS),
        );
        return fc.array(this.value(schema.member, depth + 1, onWireText), { minLength, maxLength });
      }
      case "map":
        return fc.dictionary(
          this.value(schema.key, depth + 1, true) as fc.Arbitrary<string>,
          this.value(schema.value, depth + 1),
          {
            minKeys: schema.length?.min ?? 0,
            maxKeys: Math.min(schema.length?.max ?? OPEN_MAX_ITEMS, OPEN_MAX_ITEMS),
          },
        );
    }
  }
}

function stringOf(
  minLength: number,
  max: number | undefined,
  pattern: string | undefined,
): fc.Arbitrary<string> {
  const maxLength = Math.min(max ?? OPEN_MAX_LENGTH + minLength, minLength + OPEN_MAX_LENGTH);
  const length = (s: string) => [...s].length;
  if (pattern === undefined)
    return fc
      .string({ minLength, maxLength, unit: "grapheme" })
      .filter((s) => length(s) >= minLength && length(s) <= maxLength);
  const regex = new RegExp(pattern, "u");
  // A pattern may need more characters than an open maximum allows (a UUID), so only a modeled maximum bounds it.
  return fc
    .stringMatching(regex, max === undefined ? {} : { maxLength: max })
    .filter(
      (s) =>
        length(s) >= minLength && length(s) <= (max ?? Number.POSITIVE_INFINITY) && regex.test(s),
    );
}
