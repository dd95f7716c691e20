import type { Constraints, ModelIr, TimestampFormat, TypeRef, ValueIr } from "../../../ir/types.ts";

/** One line of a member's constraints column: `Length: 1 to 256 characters`, `Pattern: <code>`. */
export interface ConstraintView {
  /** What kind of line it is, for styling: valid values wrap between values, patterns anywhere. */
  kind: "bounds" | "pattern" | "values" | "note";
  label: string;
  text: string | null;
  /** Literal values shown as code and joined by ` | `: a pattern, or the valid values of an enum. */
  values: string[];
}

const TIMESTAMP_FORMATS: Record<TimestampFormat, string> = {
  "date-time": "ISO 8601 date-time",
  "epoch-seconds": "seconds since the Unix epoch",
  "http-date": "HTTP date (RFC 7231)",
};

function unitOf(type: TypeRef): [one: string, many: string] {
  switch (type.kind) {
    case "list":
      return ["item", "items"];
    case "map":
      return ["entry", "entries"];
    case "blob":
      return ["byte", "bytes"];
    default:
      return ["character", "characters"];
  }
}

/** `1 to 256`, `at least 1`, `at most 50`, `exactly 2`, with the unit when there is one. */
export function describeBounds(
  bounds: { min?: number; max?: number },
  unit?: [string, string],
): string {
  const { min, max } = bounds;
  const withUnit = (count: string, n: number) =>
    unit === undefined ? count : `${count} ${n === 1 ? unit[0] : unit[1]}`;
  if (min !== undefined && max !== undefined) {
    return min === max ? withUnit(`exactly ${min}`, min) : withUnit(`${min} to ${max}`, max);
  }
  if (min !== undefined) return withUnit(`at least ${min}`, min);
  return withUnit(`at most ${max}`, max ?? 0);
}

function ownConstraints(constraints: Constraints, type: TypeRef, prefix: string): ConstraintView[] {
  const views: ConstraintView[] = [];
  const label = (name: string) => (prefix === "" ? name : `${prefix} ${name.toLowerCase()}`);
  if (constraints.length !== undefined) {
    const name = type.kind === "list" || type.kind === "map" ? "Size" : "Length";
    views.push({
      kind: "bounds",
      label: label(name),
      text: describeBounds(constraints.length, unitOf(type)),
      values: [],
    });
  }
  if (constraints.range !== undefined) {
    views.push({
      kind: "bounds",
      label: label("Range"),
      text: describeBounds(constraints.range),
      values: [],
    });
  }
  if (constraints.pattern !== undefined) {
    views.push({
      kind: "pattern",
      label: label("Pattern"),
      text: null,
      values: [constraints.pattern],
    });
  }
  return views;
}

function enumValues(ir: ModelIr, type: TypeRef): string[] {
  if (type.kind !== "enum") return [];
  const shape = ir.shapes.get(type.shape);
  return shape?.kind === "enum" ? shape.values.map((value) => value.value) : [];
}

function valueConstraints(ir: ModelIr, value: ValueIr, prefix: string): ConstraintView[] {
  const views = ownConstraints(value.constraints, value.type, prefix);
  const values = enumValues(ir, value.type);
  if (values.length > 0)
    views.push({
      kind: "values",
      label: prefix === "" ? "Valid values" : `${prefix} valid values`,
      text: null,
      values,
    });
  if (value.type.kind === "timestamp") {
    views.push({
      kind: "note",
      label: "Format",
      text: TIMESTAMP_FORMATS[value.type.format],
      values: [],
    });
  }
  return views;
}

/**
 * Every constraint that applies to a value: its own bounds and pattern, the
 * valid values of an enum, and those of list items and map keys and values.
 */
export function describeConstraints(ir: ModelIr, value: ValueIr): ConstraintView[] {
  const views = valueConstraints(ir, value, "");
  const type = value.type;
  if (type.kind === "list") {
    // The reference states an enum's values for lists of enums without saying "each item".
    const itemValues = enumValues(ir, type.member.type);
    views.push(...ownConstraints(type.member.constraints, type.member.type, "Item"));
    if (itemValues.length > 0)
      views.push({ kind: "values", label: "Valid values", text: null, values: itemValues });
  }
  if (type.kind === "map") {
    views.push(
      ...valueConstraints(ir, type.key, "Key"),
      ...valueConstraints(ir, type.value, "Value"),
    );
  }
  if (value.sensitive)
    views.push({
      kind: "note",
      label: "Sensitive",
      text: "yes: personal or secret data, keep it out of logs",
      values: [],
    });
  return views;
}
