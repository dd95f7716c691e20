import { readFileSync } from "node:fs";
import path from "node:path";
import { buildModel } from "../../src/import/build/model.ts";
import type { Correction } from "../../src/import/corrections/log.ts";
import { DEFAULT_REFERENCE, REPO_ROOT } from "../../src/import/index.ts";
import { readReference } from "../../src/import/parse/reference.ts";
import type { ParsedReference } from "../../src/import/parse/types.ts";
import type { SmithyModel } from "../../src/model/smithy-ast.ts";

export interface Imported {
  reference: ParsedReference;
  model: SmithyModel;
  corrections: Correction[];
}

let cached: Imported | undefined;

/** The real reference, parsed and built once per test file (a fresh copy of the model each call). */
export function importReference(): Imported {
  if (!cached) {
    const reading = readReference(readFileSync(path.resolve(REPO_ROOT, DEFAULT_REFERENCE), "utf8"));
    const model = buildModel(reading.reference, reading.log);
    cached = { reference: reading.reference, model, corrections: reading.log.list() };
  }
  return { ...cached, model: structuredClone(cached.model) };
}
