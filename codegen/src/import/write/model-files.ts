import type { ShapeNode, SmithyModel } from "../../model/smithy-ast.ts";

/** The model files the importer writes, each a self-contained JSON AST that the loader merges. */
export type ModelFileName =
  | "service.json"
  | "resources.json"
  | "operations.json"
  | "errors.json"
  | "enums.json"
  | "shapes.json"
  | "traits.json";

/** ChimeKit's own trait definitions live in this namespace, apart from the API's shapes. */
const TRAITS_NAMESPACE = "chimekit.traits#";

function fileFor(id: string, node: ShapeNode): ModelFileName {
  if (id.startsWith(TRAITS_NAMESPACE)) return "traits.json";
  switch (node.type) {
    case "service":
      return "service.json";
    case "resource":
      return "resources.json";
    case "operation":
      return "operations.json";
    case "enum":
    case "intEnum":
      return "enums.json";
    case "structure": {
      const traits = node.traits ?? {};
      if ("smithy.api#input" in traits || "smithy.api#output" in traits) return "operations.json";
      if ("smithy.api#error" in traits) return "errors.json";
      return "shapes.json";
    }
    default:
      return "shapes.json";
  }
}

/** Splits the model by shape kind: operations with their input/output, errors, enums, the rest, and ChimeKit's trait definitions. */
export function splitModel(model: SmithyModel): Map<ModelFileName, SmithyModel> {
  const files = new Map<ModelFileName, SmithyModel>();
  const ids = Object.keys(model.shapes).sort();
  for (const id of ids) {
    const node = model.shapes[id];
    const name = fileFor(id, node);
    if (!files.has(name)) files.set(name, { smithy: "2.0", shapes: {} });
    files.get(name)!.shapes[id] = node;
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** Two-space JSON with a trailing newline: the form the model files are committed in. */
export function serializeModel(model: SmithyModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
