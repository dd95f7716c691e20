import type { SimpleShapeNode } from "../model/smithy-ast.ts";
import type { TypeRef } from "./types.ts";

/** The kinds of TypeRef that a simple (primitive) shape can have. */
export type PrimitiveKind = Exclude<TypeRef["kind"], "enum" | "structure" | "list" | "map">;

/**
 * The IR kind of a Smithy simple type. Types without a distinct JavaScript
 * representation fold into their nearest kind (byte and short are integers,
 * big integers are longs, big decimals are doubles).
 */
export function primitiveKind(type: SimpleShapeNode["type"]): PrimitiveKind {
  switch (type) {
    case "byte":
    case "short":
    case "integer":
      return "integer";
    case "bigInteger":
    case "long":
      return "long";
    case "bigDecimal":
    case "double":
      return "double";
    default:
      return type;
  }
}
