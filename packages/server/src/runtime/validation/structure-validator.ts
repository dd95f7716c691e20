import type { ServiceSchema } from "../schema/types.js";
import { CodecCompiler } from "../serde/value-codec.js";
import { Violations } from "./violations.js";

/**
 * Checks a JSON value against a structure of the schema with the same codecs
 * (types, required members, lengths, ranges, patterns, enums) the handler
 * runs on request bodies; members the structure does not model are ignored.
 * Answers the violations in AWS's words, with paths starting at `path`; none
 * when the value fits.
 */
export type StructureValidator = (structure: string, value: unknown, path?: string) => string[];

export function createStructureValidator(schema: ServiceSchema): StructureValidator {
  const compiler = new CodecCompiler(schema);
  return (structure, value, path = "") => {
    const violations = new Violations();
    compiler.structure(structure).readJson(value, path, violations);
    return violations.messages;
  };
}
