import type { ModelIr } from "../../../ir/types.ts";
import { operationGroups, type OperationGroup } from "../view/resource-groups.ts";
import { shapeUsage, type ShapeUsage } from "../view/shape-usage.ts";

/** What every page of one emit shares, computed once. */
export interface SiteContext {
  ir: ModelIr;
  groups: OperationGroup[];
  /** Operation name to the id of its group. */
  groupOf: Map<string, OperationGroup>;
  usage: Map<string, ShapeUsage>;
}

export function siteContext(ir: ModelIr): SiteContext {
  const groups = operationGroups(ir);
  const groupOf = new Map(
    groups.flatMap((group) => group.operations.map((op) => [op.name, group] as const)),
  );
  return { ir, groups, groupOf, usage: shapeUsage(ir) };
}
