import { childPath, constraint, type Violations } from "../validation/violations.js";
import type { MemberCodec, StructureCodec } from "./codec-types.js";

/** A JSON object -> the structure's members (unknown keys dropped), reporting missing required members. */
export function readStructure(
  codec: StructureCodec,
  raw: unknown,
  path: string,
  violations: Violations,
): Record<string, unknown> | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    violations.add(raw, path, constraint.type("structure"));
    return undefined;
  }
  const source = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const member of codec.members) {
    const memberPath = childPath(path, member.pathName);
    const value = source[member.wireName];
    if (value === undefined || value === null) {
      if (member.required) violations.add(value, memberPath, constraint.required);
      continue;
    }
    const read = member.codec.readJson(value, memberPath, violations);
    if (read !== undefined) out[member.name] = read;
  }
  return out;
}

/** The members as a JSON object under their wire names; absent and null members are left out. */
export function writeStructure(
  members: readonly MemberCodec[],
  value: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const member of members) {
    const item = value[member.name];
    if (item === undefined || item === null) continue;
    const write = member.codec.writeJson;
    out[member.wireName] = write ? write(item) : item;
  }
  return out;
}
