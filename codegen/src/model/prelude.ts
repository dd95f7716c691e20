import type { SimpleShapeNode } from "./smithy-ast.ts";

/** The prelude's simple shapes, by shape ID, with the Smithy type each one has. */
const PRELUDE_TYPES: Readonly<Record<string, SimpleShapeNode["type"]>> = {
  "smithy.api#String": "string",
  "smithy.api#Blob": "blob",
  "smithy.api#Boolean": "boolean",
  "smithy.api#PrimitiveBoolean": "boolean",
  "smithy.api#Byte": "byte",
  "smithy.api#PrimitiveByte": "byte",
  "smithy.api#Short": "short",
  "smithy.api#PrimitiveShort": "short",
  "smithy.api#Integer": "integer",
  "smithy.api#PrimitiveInteger": "integer",
  "smithy.api#Long": "long",
  "smithy.api#PrimitiveLong": "long",
  "smithy.api#Float": "float",
  "smithy.api#PrimitiveFloat": "float",
  "smithy.api#Double": "double",
  "smithy.api#PrimitiveDouble": "double",
  "smithy.api#BigInteger": "bigInteger",
  "smithy.api#BigDecimal": "bigDecimal",
  "smithy.api#Timestamp": "timestamp",
  "smithy.api#Document": "document",
};

/** `smithy.api#Unit`: the target of enum members and of absent inputs and outputs. */
export const UNIT = "smithy.api#Unit";

/** The Smithy type of a prelude shape ID, or undefined when it is not a prelude simple shape. */
export function preludeType(shapeId: string): SimpleShapeNode["type"] | undefined {
  return PRELUDE_TYPES[shapeId];
}
