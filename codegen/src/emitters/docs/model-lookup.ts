import type { MemberIr } from "../../ir/types.ts";

/** Members in the order the model lists them (the reference's order), not by name. */
export function byIndex(a: MemberIr, b: MemberIr): number {
  return a.index - b.index;
}
