import type { MemberNode, ShapeNode, Traits } from "../model/smithy-ast.ts";
import { hasTrait, TRAIT, traitValue } from "../model/traits.ts";
import { shapeName } from "../naming.ts";
import { preludeType } from "../model/prelude.ts";
import { primitiveKind } from "./primitive-kind.ts";
import type { Binding, Constraints, TimestampFormat, TypeRef, ValueIr } from "./types.ts";

/** Read access to the merged model's shapes. */
export type ShapeTable = Readonly<Record<string, ShapeNode>>;

export function documentationOf(traits: Traits | undefined): string | undefined {
  return traitValue<string>(traits, TRAIT.documentation);
}

/** The constraints stated by one set of traits. */
export function constraintsOf(traits: Traits | undefined): Constraints {
  const constraints: Constraints = {};
  const length = traitValue<{ min?: number; max?: number }>(traits, TRAIT.length);
  const range = traitValue<{ min?: number; max?: number }>(traits, TRAIT.range);
  const pattern = traitValue<string>(traits, TRAIT.pattern);
  if (length) constraints.length = bounds(length);
  if (range) constraints.range = bounds(range);
  if (pattern !== undefined) constraints.pattern = pattern;
  return constraints;
}

function bounds(value: { min?: number; max?: number }): { min?: number; max?: number } {
  const result: { min?: number; max?: number } = {};
  if (value.min !== undefined) result.min = Number(value.min);
  if (value.max !== undefined) result.max = Number(value.max);
  return result;
}

/** Whether a string shape uses the Smithy 1.0 form of an enum (`smithy.api#enum`). */
export function isLegacyEnum(shape: ShapeNode): boolean {
  return shape.type === "string" && hasTrait(shape.traits, TRAIT.enum);
}

/**
 * The default wire format of a timestamp under restJson1, by where it
 * travels: HTTP dates in headers, ISO 8601 in the URI, epoch seconds in JSON.
 */
function defaultTimestampFormat(location: Binding["location"]): TimestampFormat {
  if (location === "header") return "http-date";
  if (location === "label" || location === "query") return "date-time";
  return "epoch-seconds";
}

/**
 * Resolves what a member (or list element, or map key/value) holds. The
 * member's traits win over its target's: constraints are merged field by
 * field, and either one marking the value sensitive makes it sensitive.
 */
export function valueOf(
  shapes: ShapeTable,
  member: MemberNode,
  location: Binding["location"] = "body",
): ValueIr {
  const target = shapes[member.target];
  const targetTraits = target?.traits;
  return {
    type: typeOf(shapes, member, location),
    constraints: { ...constraintsOf(targetTraits), ...constraintsOf(member.traits) },
    sensitive: hasTrait(member.traits, TRAIT.sensitive) || hasTrait(targetTraits, TRAIT.sensitive),
  };
}

function typeOf(shapes: ShapeTable, member: MemberNode, location: Binding["location"]): TypeRef {
  const prelude = preludeType(member.target);
  if (prelude !== undefined) {
    const kind = primitiveKind(prelude);
    if (kind === "timestamp") return { kind, format: timestampFormat(member, undefined, location) };
    return { kind };
  }
  const target = shapes[member.target];
  const shape = shapeName(member.target);
  if (target === undefined)
    throw new Error(`${member.target}: unresolved target (validation missed it)`);
  switch (target.type) {
    case "enum":
    case "intEnum":
      return { kind: "enum", shape };
    case "structure":
    case "union":
      return { kind: "structure", shape };
    case "list":
      // Elements of a list bound to a query parameter or header take that binding's timestamp format.
      return { kind: "list", shape, member: valueOf(shapes, target.member, location) };
    case "map":
      return {
        kind: "map",
        shape,
        key: valueOf(shapes, target.key),
        value: valueOf(shapes, target.value),
      };
    case "operation":
    case "resource":
    case "service":
      throw new Error(
        `${member.target}: a member cannot target a ${target.type} (validation missed it)`,
      );
    default: {
      if (isLegacyEnum(target)) return { kind: "enum", shape };
      const kind = primitiveKind(target.type);
      if (kind === "timestamp") {
        return { kind, shape, format: timestampFormat(member, target.traits, location) };
      }
      return { kind, shape };
    }
  }
}

function timestampFormat(
  member: MemberNode,
  targetTraits: Traits | undefined,
  location: Binding["location"],
): TimestampFormat {
  return (
    traitValue<TimestampFormat>(member.traits, TRAIT.timestampFormat) ??
    traitValue<TimestampFormat>(targetTraits, TRAIT.timestampFormat) ??
    defaultTimestampFormat(location)
  );
}
