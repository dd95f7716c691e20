import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SmithyModel } from "../../src/model/smithy-ast.ts";

/**
 * Merges the model's JSON AST files for the tests. Kept small on purpose: the coverage test needs
 * the shapes, not the loader's diagnostics, and a shape defined in two files is reported here too.
 */
export function readModelFiles(dir: string): SmithyModel {
  const model: SmithyModel = { smithy: "2.0", shapes: {} };
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()) {
    const part = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as SmithyModel;
    for (const [id, shape] of Object.entries(part.shapes)) {
      if (id in model.shapes)
        throw new Error(`${id} is defined in two model files (second: ${file})`);
      model.shapes[id] = shape;
    }
  }
  return model;
}
