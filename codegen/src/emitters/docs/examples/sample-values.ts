import { createHash } from "node:crypto";
import type { MemberIr, ModelIr, OperationIr, StructureIr, ValueIr } from "../../../ir/types.ts";
import { structureNamed } from "../../shared/ir-lookup.ts";
import { violations } from "./constraint-check.ts";

/** A value for an example call: what a member of an input holds, in the shape the client takes. */
export type SampleValue =
  string | number | boolean | Date | SampleValue[] | { [member: string]: SampleValue };

/** One member of an example input, in the order the model lists members. */
export interface SampleEntry {
  member: MemberIr;
  value: SampleValue;
}

const EXAMPLE_TIME = new Date("2024-01-15T17:00:00.000Z");

/**
 * The input of an operation's examples: every required member, the page size
 * of a paginated call, and the members the model's own example sets (when
 * they satisfy the constraints), with realistic values that satisfy every
 * constraint of the model.
 */
export function sampleInput(ir: ModelIr, operation: OperationIr): SampleEntry[] {
  const input = structureNamed(ir, operation.input);
  const modelExample =
    operation.examples.find((example) => example.input !== undefined)?.input ?? {};
  const pageSize = operation.paginated?.pageSize;
  const members = input.members;
  let chosen = members.filter(
    (member) => member.required || member.name === pageSize || member.name in modelExample,
  );
  // A write with only optional members (UpdateGlobalSettings) shows them all, so the call changes something.
  if (chosen.length === 0 && !operation.readonly)
    chosen = members.filter((member) => !member.idempotencyToken);
  return chosen.map((member) => {
    const given = modelExample[member.name];
    const value =
      given !== undefined && violations(ir, member, given).length === 0
        ? (given as SampleValue)
        : sampleValue(ir, member, member.name, new Set([input.name]));
    return { member, value };
  });
}

/** A realistic value for `value`, named `name` in its parent (the name picks the flavour). */
export function sampleValue(
  ir: ModelIr,
  value: ValueIr,
  name: string,
  open: Set<string>,
): SampleValue {
  const type = value.type;
  switch (type.kind) {
    case "string":
    case "blob":
      return firstValid(ir, value, stringCandidates(name, value.constraints.pattern)) ?? "example";
    case "enum": {
      const shape = ir.shapes.get(type.shape);
      return shape?.kind === "enum" && shape.values.length > 0 ? shape.values[0].value : "";
    }
    case "boolean":
      return true;
    case "integer":
    case "long":
    case "float":
    case "double":
      return (
        firstValid(ir, value, [
          10,
          value.constraints.range?.min ?? 1,
          value.constraints.range?.max ?? 1,
        ]) ?? 1
      );
    case "timestamp":
      return EXAMPLE_TIME;
    case "document":
      return {};
    case "list": {
      const count = Math.max(1, value.constraints.length?.min ?? 1);
      const item = singular(name);
      return Array.from({ length: count }, (_, index) =>
        sampleValue(ir, type.member, index === 0 ? item : `${item}${index + 1}`, open),
      );
    }
    case "map":
      return {
        [String(sampleValue(ir, type.key, "Key", open))]: sampleValue(
          ir,
          type.value,
          "Value",
          open,
        ),
      };
    case "structure":
      return sampleStructure(ir, type.shape, open);
  }
}

function sampleStructure(ir: ModelIr, name: string, open: Set<string>): SampleValue {
  const shape = ir.shapes.get(name);
  if (shape?.kind !== "structure" || open.has(name)) return {};
  const nested = new Set(open).add(name);
  const required = shape.members.filter((member) => member.required);
  const chosen = required.length > 0 ? required : shape.members;
  const result: { [member: string]: SampleValue } = {};
  for (const member of chosen) {
    result[member.name] = sampleValue(ir, member, member.name, nested);
  }
  return result;
}

function firstValid<T extends SampleValue>(
  ir: ModelIr,
  value: ValueIr,
  candidates: T[],
): T | undefined {
  return candidates.find((candidate) => violations(ir, value, candidate).length === 0);
}

/** `UserIdList` -> `UserId`, `E164PhoneNumbers` -> `E164PhoneNumber`: the name of one item. */
function singular(name: string): string {
  if (name.endsWith("List")) return name.slice(0, -4);
  if (name.endsWith("ies")) return `${name.slice(0, -3)}y`;
  if (name.endsWith("s")) return name.slice(0, -1);
  return name;
}

/** A fixed, well-formed UUID per name, so identifiers look real and stay the same on every run. */
function uuidFor(name: string): string {
  const hex = createHash("sha256").update(name).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// Checked in order; the first that satisfies the constraints wins.
const NAMED_STRINGS: [RegExp, string][] = [
  [/email/i, "jane.doe@example.com"],
  [/phonenumberid$/i, "+12065550100"],
  [/phonenumber\d*$|e164/i, "+12065550100"],
  [/country/i, "US"],
  [/areacode/i, "206"],
  [/city/i, "Seattle"],
  [/state$/i, "WA"],
  [/tollfreeprefix/i, "844"],
  [/callingname/i, "Example Corp"],
  [/arn$/i, "arn:aws:a4b:us-east-1:111122223333:room/example"],
  [/url$|endpoint$/i, "https://example.com/chime/events"],
  [/domain/i, "example.com"],
  [/groupname/i, "chime-administrators"],
  [/displayname|fullname/i, "Jane Doe"],
  [/username/i, "jane.doe"],
  [/^name$/i, "Example Corp"],
  [/token/i, "ZXhhbXBsZS10b2tlbi0xMjM0"],
  [/filtervalue/i, "example"],
  [/content|message|text/i, "Hello from ChimeKit"],
];

function stringCandidates(name: string, pattern: string | undefined): string[] {
  const candidates: string[] = [];
  if (/ids?$/i.test(name) && !/phone/i.test(name)) candidates.push(uuidFor(name.replace(/s$/, "")));
  for (const [test, sample] of NAMED_STRINGS) if (test.test(name)) candidates.push(sample);
  if (pattern !== undefined) candidates.push(...patternSamples(pattern));
  candidates.push(
    `example-${name.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase()}`,
    "example",
    "EXAMPLE1",
    "a",
  );
  return candidates;
}

/** Values that satisfy the kinds of patterns the model uses, tried when the name says nothing. */
function patternSamples(pattern: string): string[] {
  return [
    "jane.doe@example.com",
    "+12065550100",
    uuidFor(pattern),
    "US",
    "844",
    "ZXhhbXBsZQ",
    "Example1",
  ].filter((sample) => new RegExp(pattern).test(sample));
}
