import type { ParsedOperation } from "../parse/types.ts";
import { enumTarget } from "./members.ts";
import { ENUM_NAMES } from "./sdk-names.ts";
import { PRELUDE } from "./shape-ids.ts";
import type { ShapeRegistry } from "./shape-registry.ts";

/**
 * Defines one error structure per error name the operations list, with the status code the
 * reference gives (the same everywhere, or the import fails) and the `Code`/`Message` members the
 * service sends in the body.
 */
export function buildErrors(operations: readonly ParsedOperation[], registry: ShapeRegistry): void {
  const seen = new Map<string, { status: number; documentation: string; where: string }>();
  for (const operation of operations) {
    for (const error of operation.errors) {
      const previous = seen.get(error.name);
      if (previous && previous.status !== error.status) {
        throw new Error(
          `${error.name} has HTTP status ${previous.status} in ${previous.where} but ${error.status} in ${operation.name} (reference line ${error.line})`,
        );
      }
      if (!previous)
        seen.set(error.name, {
          status: error.status,
          documentation: error.documentation,
          where: operation.name,
        });
    }
  }
  const errorCodes = ENUM_NAMES.find((entry) => entry.name === "ErrorCode")!;
  const codeTarget = enumTarget(errorCodes.values, "error Code", registry);
  for (const [name, { status, documentation }] of seen) {
    registry.define(name, {
      type: "structure",
      members: {
        Code: { target: codeTarget, traits: { "smithy.api#documentation": "The error code." } },
        Message: {
          target: PRELUDE.String,
          traits: { "smithy.api#documentation": "A message that describes the error." },
        },
      },
      traits: {
        "smithy.api#documentation": documentation,
        "smithy.api#error": status >= 500 ? "server" : "client",
        "smithy.api#httpError": status,
      },
    });
  }
}
