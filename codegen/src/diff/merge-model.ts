import { isDeepStrictEqual } from "node:util";
import type { ShapeId, ShapeNode, SmithyModel } from "../model/smithy-ast.ts";
import { ModelDiffError } from "./diff-error.ts";
import type { ModelFile } from "./model-source.ts";

/**
 * Parses model files and merges their shapes into one model, the way the
 * generator's loader sees them. The same shape may appear in two files only
 * when both definitions are identical.
 */
export function mergeModelFiles(files: readonly ModelFile[]): SmithyModel {
  const shapes: Record<ShapeId, ShapeNode> = {};
  const definedIn = new Map<ShapeId, string>();
  for (const file of files) {
    for (const [id, shape] of Object.entries(parseModelFile(file).shapes)) {
      const earlier = definedIn.get(id);
      if (earlier !== undefined && !isDeepStrictEqual(shapes[id], shape)) {
        throw new ModelDiffError(
          `shape ${id} is defined differently in ${earlier} and ${file.name}`,
        );
      }
      shapes[id] = shape;
      definedIn.set(id, earlier ?? file.name);
    }
  }
  return { smithy: "2.0", shapes };
}

function parseModelFile(file: ModelFile): SmithyModel {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    throw new ModelDiffError(`${file.name}: ${describeJsonError(file.text, error)}`);
  }
  if (!isObject(json) || typeof json.smithy !== "string" || !json.smithy.startsWith("2")) {
    throw new ModelDiffError(`${file.name}: not a Smithy 2 JSON AST (expected "smithy": "2.0")`);
  }
  if (json.shapes !== undefined && !isObject(json.shapes)) {
    throw new ModelDiffError(`${file.name}: "shapes" must be an object keyed by shape ID`);
  }
  for (const [id, shape] of Object.entries(json.shapes ?? {})) {
    if (!isObject(shape) || typeof shape.type !== "string") {
      throw new ModelDiffError(`${file.name}: shape ${id} has no "type"`);
    }
  }
  return { smithy: "2.0", shapes: (json.shapes ?? {}) as Record<ShapeId, ShapeNode> };
}

/** JSON.parse reports a character offset; people look for a line and column. */
function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = /at position (\d+)/.exec(message)?.[1];
  if (offset === undefined) return `invalid JSON: ${message}`;
  const before = text.slice(0, Number(offset)).split("\n");
  const line = before.length;
  const column = before[before.length - 1].length + 1;
  return `invalid JSON at line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, "")}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
