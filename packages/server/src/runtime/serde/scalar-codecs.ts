import { type Check, runChecks } from "../validation/checks.js";
import { constraint, type Violations } from "../validation/violations.js";
import type { ValueCodec } from "./codec-types.js";

/** A scalar read through a conversion (undefined when the wire value is not of its type), then checked. */
export function scalarCodec(
  fromJson: (raw: unknown) => unknown,
  fromText: (raw: string) => unknown,
  typeName: string,
  checks: readonly Check[],
  sensitive: boolean,
): ValueCodec {
  const read =
    <R>(convert: (raw: R) => unknown) =>
    (raw: R, path: string, violations: Violations) => {
      const value = convert(raw);
      if (value === undefined) {
        violations.add(raw, path, constraint.type(typeName), sensitive);
        return undefined;
      }
      runChecks(checks, value, path, violations);
      return value;
    };
  return { readJson: read(fromJson), readText: read(fromText), writeText: String };
}

/** Strings and enums: JSON strings, or text as it is. */
export function textCodec(checks: readonly Check[], sensitive: boolean): ValueCodec {
  return {
    readJson: (raw, path, violations) => {
      if (typeof raw !== "string") {
        violations.add(raw, path, constraint.type("string"), sensitive);
        return undefined;
      }
      runChecks(checks, raw, path, violations);
      return raw;
    },
    readText: (raw, path, violations) => {
      runChecks(checks, raw, path, violations);
      return raw;
    },
    writeText: String,
  };
}
