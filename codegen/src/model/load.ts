import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { ShapeNode, SmithyModel } from "./smithy-ast.ts";

/** Every model file merged into one AST, with the origin of each shape for error messages. */
export interface LoadedModel {
  model: SmithyModel;
  /** The model files, relative to the repository root, in the order they were merged. */
  sources: string[];
  /** Shape ID to the model file (relative to the repository root) that defines it. */
  origins: ReadonlyMap<string, string>;
  /** The raw text of each source, for locating members in error messages. */
  texts: ReadonlyMap<string, string>;
}

/** A problem found while loading or validating the model. */
export class ModelError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The model is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  ${problems.join("\n  ")}`,
    );
    this.name = "ModelError";
  }
}

/**
 * Reads every `*.json` file of `dir` (in sorted file-name order) and merges
 * their shapes. A shape ID defined in two files is an error naming both.
 * `root` is the folder paths are reported relative to (the repository root).
 */
export function loadModel(dir: string, root: string = join(dir, "..")): LoadedModel {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort();
  const shapes: Record<string, ShapeNode> = {};
  const origins = new Map<string, string>();
  const texts = new Map<string, string>();
  const metadata: Record<string, unknown> = {};
  const problems: string[] = [];
  const sources: string[] = [];

  for (const name of files) {
    const path = join(dir, name);
    const source = relative(root, path).split("\\").join("/");
    sources.push(source);
    const text = readFileSync(path, "utf8");
    texts.set(source, text);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      problems.push(`${source}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const file = parsed as Partial<SmithyModel>;
    if (file.smithy !== "2.0" || typeof file.shapes !== "object" || file.shapes === null) {
      problems.push(
        `${source}: not a Smithy 2.0 JSON AST (expected {"smithy": "2.0", "shapes": {...}})`,
      );
      continue;
    }
    Object.assign(metadata, file.metadata ?? {});
    for (const [id, shape] of Object.entries(file.shapes)) {
      const previous = origins.get(id);
      if (previous !== undefined) {
        const first = `${previous}:${lineOfKey(texts.get(previous) ?? "", id)}`;
        problems.push(`${id}: defined twice, in ${first} and ${source}:${lineOfKey(text, id)}`);
        continue;
      }
      origins.set(id, source);
      shapes[id] = shape;
    }
  }
  if (files.length === 0) problems.push(`${relative(root, dir) || dir}: no *.json model files`);
  if (problems.length > 0) throw new ModelError(problems);

  const model: SmithyModel = { smithy: "2.0", shapes };
  if (Object.keys(metadata).length > 0) model.metadata = metadata;
  return { model, sources, origins, texts };
}

/**
 * Where a shape (or one of its members) is written: `model/shapes.json:120`.
 * Computed on demand, since only error messages need it.
 */
export function locate(loaded: LoadedModel, shapeId: string, member?: string): string {
  const file = loaded.origins.get(shapeId);
  if (file === undefined) return "(not defined in any model file)";
  const text = loaded.texts.get(file) ?? "";
  const shapeOffset = keyOffset(text, shapeId, 0);
  const memberOffset =
    member === undefined ? -1 : keyOffset(text, member, Math.max(shapeOffset, 0));
  return `${file}:${lineOf(text, memberOffset >= 0 ? memberOffset : shapeOffset)}`;
}

function lineOfKey(text: string, key: string): number {
  return lineOf(text, keyOffset(text, key, 0));
}

/** Offset of the first `"key":` at or after `from`, or -1. */
function keyOffset(text: string, key: string, from: number): number {
  const pattern = new RegExp(`"${escapeRegExp(key)}"\\s*:`, "g");
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

/** The 1-based line of a character offset (1 when the offset is unknown). */
function lineOf(text: string, offset: number): number {
  if (offset < 0) return 1;
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
