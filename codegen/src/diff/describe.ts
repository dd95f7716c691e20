/** Short renderings of trait values for change descriptions. */

const MAX_VALUE_LENGTH = 80;

/** A trait value as compact JSON, cut short so one change stays on one line. */
export function formatValue(value: unknown): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 3)}...` : text;
}

/** Whether a trait (or any optional thing) appeared, disappeared or changed between two models. */
export function presenceChange(before: unknown, after: unknown): "added" | "removed" | "changed" {
  if (before === undefined) return "added";
  if (after === undefined) return "removed";
  return "changed";
}

/** `smithy.api#length` -> `length`: traits of the Smithy prelude are known by their short name. */
export function traitName(traitId: string): string {
  return traitId.startsWith("smithy.api#") ? traitId.slice("smithy.api#".length) : traitId;
}
