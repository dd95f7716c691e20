import type { MemberIr, ModelIr, OperationIr } from "../../../ir/types.ts";
import { structureNamed } from "../../shared/ir-lookup.ts";
import { SampleMaker, type SampleValue } from "../../shared/sample-values.ts";
import { violations } from "./constraint-check.ts";

/** One member of an example input, in the order the model lists members. */
export interface SampleEntry {
  member: MemberIr;
  value: SampleValue;
}

/**
 * The input of an operation's examples: every required member, the page size
 * of a paginated call, and the members the model's own example sets (when
 * they satisfy the constraints), with realistic values that satisfy every
 * constraint of the model.
 */
export function sampleInput(ir: ModelIr, operation: OperationIr): SampleEntry[] {
  const input = structureNamed(ir, operation.input);
  const samples = new SampleMaker(ir, "example");
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
  return chosen.flatMap((member) => {
    const given = modelExample[member.name];
    const value =
      given !== undefined && violations(ir, member, given).length === 0
        ? (given as SampleValue)
        : samples.member(input.name, member);
    return value === undefined ? [] : [{ member, value }];
  });
}
