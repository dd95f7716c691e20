import type { Bounds } from "../schema/types.js";
import { lengthChecks, runChecks } from "../validation/checks.js";
import { constraint, type Violations } from "../validation/violations.js";
import type { ValueCodec } from "./codec-types.js";

/** Lists: a JSON array, repeated query values or a comma-separated header; entries are `list.<n>.member`. */
export function listCodec(
  member: ValueCodec,
  length: Bounds | undefined,
  sensitive: boolean,
): ValueCodec {
  const checks = lengthChecks(length, (v: unknown[]) => v.length, sensitive);
  const readItems = (
    items: readonly unknown[],
    path: string,
    violations: Violations,
    text: boolean,
  ) => {
    const values: unknown[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const itemPath = `${path}.${i + 1}.member`;
      const raw = items[i];
      if (raw === null || raw === undefined) {
        violations.add(raw, itemPath, constraint.required);
        continue;
      }
      values[i] = text
        ? member.readText(raw as string, itemPath, violations)
        : member.readJson(raw, itemPath, violations);
    }
    runChecks(checks, values, path, violations);
    return values;
  };
  const writeItem = member.writeJson;
  return {
    readJson: (raw, path, violations) => {
      if (!Array.isArray(raw)) {
        violations.add(raw, path, constraint.type("list"), sensitive);
        return undefined;
      }
      return readItems(raw, path, violations, false);
    },
    /** A list in one header: comma-separated values. */
    readText: (raw, path, violations) =>
      readItems(
        raw.split(",").map((s) => s.trim()),
        path,
        violations,
        true,
      ),
    readTextList: (raw, path, violations) => readItems(raw, path, violations, true),
    writeJson: writeItem ? (value) => (value as unknown[]).map(writeItem) : undefined,
    writeText: (value) => (value as unknown[]).map((item) => member.writeText(item)).join(", "),
  };
}

/** Maps: a JSON object; keys are checked as text, values at `map.<key>`. */
export function mapCodec(
  key: ValueCodec,
  value: ValueCodec,
  length: Bounds | undefined,
  sensitive: boolean,
): ValueCodec {
  const checks = lengthChecks(
    length,
    (v: Record<string, unknown>) => Object.keys(v).length,
    sensitive,
  );
  const writeValue = value.writeJson;
  return {
    readJson: (raw, path, violations) => {
      if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
        violations.add(raw, path, constraint.type("map"), sensitive);
        return undefined;
      }
      const entries: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(raw)) {
        const entryPath = `${path}.${k}`;
        key.readText(k, entryPath, violations);
        if (v === null) {
          violations.add(v, entryPath, constraint.required);
          continue;
        }
        entries[k] = value.readJson(v, entryPath, violations);
      }
      runChecks(checks, entries, path, violations);
      return entries;
    },
    readText: (raw, path, violations) => {
      violations.add(raw, path, constraint.type("map"), sensitive);
      return undefined;
    },
    writeJson: writeValue
      ? (v) => {
          const out: Record<string, unknown> = {};
          for (const [k, item] of Object.entries(v as Record<string, unknown>))
            out[k] = writeValue(item);
          return out;
        }
      : undefined,
    writeText: (v) => JSON.stringify(v),
  };
}
