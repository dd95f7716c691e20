import type { SourceLine } from "../../src/import/reference/source.ts";
import { toSourceLines } from "../../src/import/reference/source.ts";

/** Numbered lines from a template literal, for feeding parser pieces small hand-written excerpts. */
export function lines(text: string): SourceLine[] {
  return toSourceLines(text.replace(/^\n/, ""));
}
