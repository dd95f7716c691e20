import { readFileSync } from "node:fs";
import { buildModel } from "../../src/import/build/model.ts";
import type { Correction } from "../../src/import/corrections/log.ts";
import { readReference } from "../../src/import/parse/reference.ts";
import type { ParsedReference } from "../../src/import/parse/types.ts";
import type { SmithyModel } from "../../src/model/smithy-ast.ts";
import { referencePath } from "../support/reference-suite.ts";

export interface Imported {
  reference: ParsedReference;
  model: SmithyModel;
  corrections: Correction[];
}

let cached: Imported | undefined;

/**
 * The real reference, parsed and built once per test file (a fresh copy of the model each call);
 * call it only inside `describeWithReference` or `itWithReference`.
 */
export function importReference(): Imported {
  if (!cached) {
    const reading = readReference(readFileSync(referencePath, "utf8"));
    const model = buildModel(reading.reference, reading.log);
    cached = { reference: reading.reference, model, corrections: reading.log.list() };
  }
  return { ...cached, model: structuredClone(cached.model) };
}
