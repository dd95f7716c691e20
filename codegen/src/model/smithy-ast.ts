/**
 * The subset of the Smithy IDL 2.0 JSON AST that the ChimeKit model uses.
 * See https://smithy.io/2.0/spec/json-ast.html for the full format.
 */

export type ShapeId = string;

export type Traits = Record<string, unknown>;

export interface MemberNode {
  target: ShapeId;
  traits?: Traits;
}

interface ShapeBase {
  traits?: Traits;
}

export interface SimpleShapeNode extends ShapeBase {
  type:
    | "string"
    | "boolean"
    | "byte"
    | "short"
    | "integer"
    | "long"
    | "float"
    | "double"
    | "bigInteger"
    | "bigDecimal"
    | "timestamp"
    | "blob"
    | "document";
}

export interface EnumShapeNode extends ShapeBase {
  type: "enum" | "intEnum";
  members: Record<string, MemberNode>;
}

export interface ListShapeNode extends ShapeBase {
  type: "list";
  member: MemberNode;
}

export interface MapShapeNode extends ShapeBase {
  type: "map";
  key: MemberNode;
  value: MemberNode;
}

export interface StructureShapeNode extends ShapeBase {
  type: "structure" | "union";
  members?: Record<string, MemberNode>;
}

export interface ShapeRef {
  target: ShapeId;
}

export interface OperationShapeNode extends ShapeBase {
  type: "operation";
  input?: ShapeRef;
  output?: ShapeRef;
  errors?: ShapeRef[];
}

export interface ResourceShapeNode extends ShapeBase {
  type: "resource";
  identifiers?: Record<string, ShapeRef>;
  properties?: Record<string, ShapeRef>;
  create?: ShapeRef;
  put?: ShapeRef;
  read?: ShapeRef;
  update?: ShapeRef;
  delete?: ShapeRef;
  list?: ShapeRef;
  operations?: ShapeRef[];
  collectionOperations?: ShapeRef[];
  resources?: ShapeRef[];
}

export interface ServiceShapeNode extends ShapeBase {
  type: "service";
  version?: string;
  operations?: ShapeRef[];
  resources?: ShapeRef[];
  errors?: ShapeRef[];
}

export type ShapeNode =
  | SimpleShapeNode
  | EnumShapeNode
  | ListShapeNode
  | MapShapeNode
  | StructureShapeNode
  | OperationShapeNode
  | ResourceShapeNode
  | ServiceShapeNode;

export interface SmithyModel {
  smithy: "2.0";
  metadata?: Record<string, unknown>;
  shapes: Record<ShapeId, ShapeNode>;
}

/** The shapes a shape's members target: a structure's members, a list's member, a map's key and value. */
export function memberTargets(shape: ShapeNode): ShapeId[] {
  switch (shape.type) {
    case "structure":
    case "union":
      return Object.values(shape.members ?? {}).map((member) => member.target);
    case "list":
      return [shape.member.target];
    case "map":
      return [shape.key.target, shape.value.target];
    default:
      return [];
  }
}
