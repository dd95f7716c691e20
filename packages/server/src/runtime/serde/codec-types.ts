import type { MemberSchema, StructureSchema } from "../schema/types.js";
import type { Violations } from "../validation/violations.js";

/**
 * Reads one modeled value from the wire, checking its type and constraints,
 * and writes it back. Built once per schema node, so a request only runs the
 * checks its shapes need.
 */
export interface ValueCodec {
  /** A JSON value -> the JavaScript value, or undefined (with violations) when it does not fit. */
  readJson(raw: unknown, path: string, violations: Violations): unknown;
  /** Text from a label, query parameter or header -> the JavaScript value. */
  readText(raw: string, path: string, violations: Violations): unknown;
  /** The JavaScript value -> its JSON form; absent when the value is its own JSON form. */
  writeJson?: (value: unknown) => unknown;
  writeText(value: unknown): string;
  /** Lists only: the values of a repeated query parameter -> the list. */
  readTextList?(raw: readonly string[], path: string, violations: Violations): unknown;
}

export interface MemberCodec {
  name: string;
  /** The member's name in validation paths: `AccountId` is `accountId`. */
  pathName: string;
  /** The JSON key, query parameter or header name. */
  wireName: string;
  required: boolean;
  location: MemberSchema["location"]["in"];
  codec: ValueCodec;
}

export interface StructureCodec {
  name: string;
  schema: StructureSchema;
  members: MemberCodec[];
  readJson(raw: unknown, path: string, violations: Violations): Record<string, unknown> | undefined;
  /** The structure's `body` members as a JSON object. */
  writeJson(value: Record<string, unknown>): Record<string, unknown>;
}
