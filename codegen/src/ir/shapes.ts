import type { EnumShapeNode, ShapeNode, StructureShapeNode, Traits } from "../model/smithy-ast.ts";
import { hasTrait, TRAIT, traitValue } from "../model/traits.ts";
import { shapeName } from "../naming.ts";
import type { Binding, EnumValueIr, MemberIr, ShapeIr, StructureIr } from "./types.ts";
import {
  constraintsOf,
  documentationOf,
  isLegacyEnum,
  valueOf,
  type ShapeTable,
} from "./values.ts";

/** How a structure is used, which decides whether its members carry HTTP bindings. */
export interface StructureRole {
  inputOf?: string;
  outputOf?: string;
}

/** Builds the IR of one named shape; undefined for shapes the IR does not list (services ...). */
export function shapeIr(shapes: ShapeTable, id: string, role: StructureRole): ShapeIr | undefined {
  const shape = shapes[id];
  const name = shapeName(id);
  const documentation = documentationOf(shape.traits);
  const sensitive = hasTrait(shape.traits, TRAIT.sensitive);
  switch (shape.type) {
    case "structure":
    case "union":
      return structureIr(shapes, name, shape, role);
    case "enum":
    case "intEnum":
      return { kind: "enum", name, documentation, values: enumMemberValues(shape) };
    case "list":
      return {
        kind: "list",
        name,
        documentation,
        member: valueOf(shapes, shape.member),
        constraints: constraintsOf(shape.traits),
        sensitive,
      };
    case "map":
      return {
        kind: "map",
        name,
        documentation,
        key: valueOf(shapes, shape.key),
        value: valueOf(shapes, shape.value),
        constraints: constraintsOf(shape.traits),
        sensitive,
      };
    case "operation":
    case "resource":
    case "service":
      return undefined;
    default:
      if (isLegacyEnum(shape)) {
        return { kind: "enum", name, documentation, values: legacyEnumValues(shape.traits) };
      }
      return {
        kind: "simple",
        name,
        documentation,
        type: valueOf(shapes, { target: id }).type,
        constraints: constraintsOf(shape.traits),
        sensitive,
      };
  }
}

function structureIr(
  shapes: ShapeTable,
  name: string,
  shape: StructureShapeNode,
  role: StructureRole,
): StructureIr {
  const errorFault = traitValue<"client" | "server">(shape.traits, TRAIT.error);
  const side =
    errorFault !== undefined || role.outputOf !== undefined
      ? "response"
      : role.inputOf !== undefined
        ? "request"
        : undefined;
  const members = Object.entries(shape.members ?? {}).map(
    ([memberName, member], index): MemberIr => {
      const binding =
        side === undefined
          ? bodyBinding(memberName, member.traits)
          : httpBinding(memberName, member.traits, side);
      return {
        name: memberName,
        ...valueOf(shapes, member, binding.location),
        required: hasTrait(member.traits, TRAIT.required),
        documentation: documentationOf(member.traits),
        binding,
        idempotencyToken: hasTrait(member.traits, TRAIT.idempotencyToken),
        index,
      };
    },
  );
  const structure: StructureIr = {
    kind: "structure",
    name,
    documentation: documentationOf(shape.traits),
    members,
    sensitive: hasTrait(shape.traits, TRAIT.sensitive),
  };
  if (role.inputOf !== undefined) structure.inputOf = role.inputOf;
  if (role.outputOf !== undefined) structure.outputOf = role.outputOf;
  if (errorFault !== undefined) {
    const httpStatus =
      traitValue<number>(shape.traits, TRAIT.httpError) ?? (errorFault === "client" ? 400 : 500);
    structure.error = { fault: errorFault, httpStatus };
  }
  return structure;
}

/**
 * Where a member of an operation's input (request side) or output or error
 * (response side) travels. Traits that do not apply to the side are ignored,
 * as HTTP binding traits are everywhere outside top-level structures.
 */
function httpBinding(
  name: string,
  traits: Traits | undefined,
  side: "request" | "response",
): Binding {
  if (side === "request") {
    if (hasTrait(traits, TRAIT.httpLabel)) return { location: "label" };
    const query = traitValue<string>(traits, TRAIT.httpQuery);
    if (query !== undefined) return { location: "query", name: query };
  } else if (hasTrait(traits, TRAIT.httpResponseCode)) {
    return { location: "responseCode" };
  }
  const header = traitValue<string>(traits, TRAIT.httpHeader);
  if (header !== undefined) return { location: "header", name: header };
  if (hasTrait(traits, TRAIT.httpPayload)) return { location: "payload" };
  return bodyBinding(name, traits);
}

function bodyBinding(name: string, traits: Traits | undefined): Binding {
  return { location: "body", jsonName: traitValue<string>(traits, TRAIT.jsonName) ?? name };
}

/** Enum values sorted by value, for a stable order and sane diffs. */
function sortByValue(values: EnumValueIr[]): EnumValueIr[] {
  return values.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

function enumMemberValues(shape: EnumShapeNode): EnumValueIr[] {
  return sortByValue(
    Object.entries(shape.members).map(([name, member]) => ({
      name,
      value: String(traitValue<string | number>(member.traits, TRAIT.enumValue) ?? name),
      documentation: documentationOf(member.traits),
    })),
  );
}

/** The Smithy 1.0 form: `smithy.api#enum: [{ value, name?, documentation? }]` on a string. */
function legacyEnumValues(traits: Traits | undefined): EnumValueIr[] {
  const definitions =
    traitValue<{ value: string; name?: string; documentation?: string }[]>(traits, TRAIT.enum) ??
    [];
  return sortByValue(
    definitions.map((definition) => ({
      name: definition.name ?? definition.value,
      value: definition.value,
      documentation: definition.documentation,
    })),
  );
}
