import type { Binding, Constraints, MemberIr, StructureIr, ValueIr } from "../../ir/types.ts";
import type {
  Bounds,
  MemberLocation,
  MemberSchema,
  StructureSchema,
  ValueSchema,
} from "@chimekit/server";

/**
 * The one builder of the runtime description of the model. The server ships it
 * whole (its validation needs every constraint); the client ships a projection
 * without constraints or HTTP bindings (see client/value-schema.ts), because
 * serialization needs only types and the whole table would add about 56 KB to
 * the client's bundle.
 *
 * A value's description, from its IR: the type, and the constraints of the
 * member and its target (already merged in the IR).
 *
 * `{ type: { kind: "string" }, constraints: { length: { max: 64 } } }` gives
 * `{ type: "string", length: { max: 64 } }`.
 */
export function valueSchema(value: ValueIr): ValueSchema {
  const sensitive = value.sensitive ? { sensitive: true } : {};
  const { length, range, pattern } = value.constraints;
  const type = value.type;
  switch (type.kind) {
    case "string":
      return {
        type: "string",
        ...bounds("length", length),
        ...(pattern === undefined ? {} : { pattern }),
        ...sensitive,
      };
    case "enum":
      return {
        type: "enum",
        enum: type.shape,
        ...bounds("length", length),
        ...(pattern === undefined ? {} : { pattern }),
        ...sensitive,
      };
    case "boolean":
      return { type: "boolean", ...sensitive };
    case "integer":
    case "long":
    case "float":
    case "double":
      return { type: type.kind, ...bounds("range", range), ...sensitive };
    case "timestamp":
      return { type: "timestamp", format: type.format, ...sensitive };
    case "blob":
      return { type: "blob", ...bounds("length", length), ...sensitive };
    case "document":
      return { type: "document", ...sensitive };
    case "structure":
      return { type: "structure", structure: type.shape, ...sensitive };
    case "list":
      return {
        type: "list",
        member: valueSchema(type.member),
        ...bounds("length", length),
        ...sensitive,
      };
    case "map":
      return {
        type: "map",
        key: valueSchema(type.key),
        value: valueSchema(type.value),
        ...bounds("length", length),
        ...sensitive,
      };
  }
}

function bounds(key: "length" | "range", value: Constraints["length"]): Record<string, Bounds> {
  if (!value || (value.min === undefined && value.max === undefined)) return {};
  const result: Bounds = {};
  if (value.min !== undefined) result.min = value.min;
  if (value.max !== undefined) result.max = value.max;
  return { [key]: result };
}

export function memberLocation(member: MemberIr): MemberLocation {
  const binding: Binding = member.binding;
  switch (binding.location) {
    case "label":
      return { in: "label" };
    case "query":
      return { in: "query", name: binding.name };
    case "header":
      return { in: "header", name: binding.name };
    case "payload":
      return { in: "payload" };
    case "responseCode":
      return { in: "responseCode" };
    case "body":
      return binding.jsonName === member.name
        ? { in: "body" }
        : { in: "body", name: binding.jsonName };
  }
}

/** Members in model order, each with where it travels. */
export function structureSchema(structure: StructureIr): StructureSchema {
  const members: MemberSchema[] = [...structure.members].map((member) => ({
    name: member.name,
    ...(member.required ? { required: true } : {}),
    value: valueSchema(member),
    location: memberLocation(member),
  }));
  return structure.error
    ? { members, error: { status: structure.error.httpStatus, fault: structure.error.fault } }
    : { members };
}
