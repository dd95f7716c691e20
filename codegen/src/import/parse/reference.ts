import { CorrectionLog } from "../corrections/log.ts";
import { splitReference } from "../reference/sections.ts";
import { toSourceLines } from "../reference/source.ts";
import { parseCommonErrors } from "./common-errors.ts";
import { parseDataType } from "./data-type.ts";
import { parseOperation } from "./operation.ts";
import { toMarkdown } from "./prose.ts";
import type { ParsedReference } from "./types.ts";

export interface ReferenceReading {
  reference: ParsedReference;
  /** The repairs made while reading; the model builder adds the ones it makes to samples. */
  log: CorrectionLog;
}

/** Reads the whole reference text: sections, then each operation and data type, logging every repair. */
export function readReference(text: string): ReferenceReading {
  const log = new CorrectionLog();
  const sections = splitReference(toSourceLines(text));
  const reference: ParsedReference = {
    documentation: toMarkdown(sections.welcome.body),
    operations: sections.operations.map((section) => parseOperation(section, log)),
    dataTypes: sections.dataTypes.map((section) => parseDataType(section, log)),
    commonErrors: parseCommonErrors(sections.commonErrors),
  };
  return { reference, log };
}
