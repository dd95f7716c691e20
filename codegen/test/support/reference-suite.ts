import { describe, it } from "vitest";
import { locateReference, type ReferenceLocation } from "../../src/import/reference-file.ts";

/**
 * Tests that read the API reference text run only where it is; elsewhere (a fresh clone with no
 * `shared/` beside it) each says why it skips, in its title and once on the console. Every test
 * of every package that reads the reference goes through these two, so all skip the same way.
 */
const reference: ReferenceLocation = locateReference();

/** The path of the API reference text (it exists inside a suite or test declared below). */
export const referencePath = reference.path;

function sayMissing(title: string): string {
  console.warn(`skipped "${title}": ${reference.missing}`);
  return `${title} (skipped: ${reference.missing})`;
}

/** `describe` over the reference: its body is not even collected when the reference is missing. */
export function describeWithReference(title: string, body: () => void): void {
  if (reference.missing === undefined) describe(title, body);
  else it.skip(sayMissing(title));
}

/** `it` over the reference. */
export function itWithReference(title: string, test: () => unknown, timeout?: number): void {
  if (reference.missing === undefined) it(title, test, timeout);
  else it.skip(sayMissing(title));
}
