import type { ModelIr, OperationIr } from "../../../ir/types.ts";
import { findResource } from "../../shared/ir-lookup.ts";

/** A resource an example names by identifier, and the operation that creates one. */
export interface Prerequisite {
  identifier: string;
  /** The resource in words, with its article: `an account`, `a room membership`. */
  resource: string;
  createdBy: string;
}

/** `PhoneNumberOrderResource` -> `a phone number order`. */
function inWords(resource: string): string {
  const words = resource
    .replace(/Resource$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return `${/^[aeiou]/.test(words) ? "an" : "a"} ${words}`;
}

/**
 * The resources that must exist before the example can succeed on a fresh
 * emulator: for each URI label, the resource that label identifies (the
 * identifier a resource adds to its parent's) and that resource's create
 * (or put) operation. An operation is never its own prerequisite.
 */
export function prerequisites(ir: ModelIr, operation: OperationIr): Prerequisite[] {
  const labels = operation.http.segments.flatMap((segment) =>
    segment.kind === "label" ? [segment.name] : [],
  );
  const found: Prerequisite[] = [];
  for (const label of labels) {
    for (const resource of ir.resources) {
      const parent = findResource(ir, resource.parent);
      const own = Object.keys(resource.identifiers).filter(
        (name) => !(parent && name in parent.identifiers),
      );
      const createdBy = resource.lifecycle.create ?? resource.lifecycle.put;
      if (own.includes(label) && createdBy !== undefined && createdBy !== operation.name) {
        found.push({ identifier: label, resource: inWords(resource.name), createdBy });
        break;
      }
    }
  }
  return found;
}
