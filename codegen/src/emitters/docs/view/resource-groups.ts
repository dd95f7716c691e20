import type { ModelIr, OperationIr } from "../../../ir/types.ts";
import { findResource } from "../../shared/ir-lookup.ts";

/** A section of the index: the operations that act on one kind of resource. */
export interface OperationGroup {
  id: string;
  title: string;
  operations: OperationIr[];
}

interface GroupRule {
  id: string;
  title: string;
  /** Resource shapes whose operations belong here (parents are tried when a resource is not listed). */
  resources: string[];
  /** URI path segments that place an operation here when it is bound to no listed resource. */
  pathSegments: string[];
}

const GROUP_RULES: GroupRule[] = [
  { id: "accounts", title: "Accounts", resources: ["Account"], pathSegments: ["accounts"] },
  { id: "users", title: "Users", resources: ["User"], pathSegments: ["users"] },
  { id: "bots", title: "Bots", resources: ["Bot"], pathSegments: ["bots"] },
  {
    id: "rooms",
    title: "Rooms and memberships",
    resources: ["Room", "RoomMembership"],
    pathSegments: ["rooms", "memberships"],
  },
  {
    id: "phone-numbers",
    title: "Phone numbers",
    resources: ["PhoneNumber", "PhoneNumberOrder"],
    pathSegments: ["phone-numbers", "phone-number-orders", "phone-number-countries"],
  },
  { id: "settings", title: "Settings", resources: [], pathSegments: ["settings"] },
];

const OTHER: Omit<GroupRule, "resources" | "pathSegments"> = {
  id: "other",
  title: "Other operations",
};

const SETTINGS = "settings";

function groupByResource(ir: ModelIr, resource: string | undefined): string | undefined {
  for (let name = resource; name !== undefined; name = findResource(ir, name)?.parent) {
    if (name.endsWith("Settings")) return SETTINGS;
    const rule = GROUP_RULES.find((candidate) => candidate.resources.includes(name as string));
    if (rule !== undefined) return rule.id;
  }
  return undefined;
}

function groupByPath(operation: OperationIr): string | undefined {
  const literals = operation.http.segments.flatMap((segment) =>
    segment.kind === "literal" ? [segment.value] : [],
  );
  // A literal query can name the collection too: `/search?type=phone-numbers`.
  const words = [...literals, ...Object.values(operation.http.queryLiterals)];
  for (const segment of words.reverse()) {
    const rule = GROUP_RULES.find((candidate) => candidate.pathSegments.includes(segment));
    if (rule !== undefined) return rule.id;
  }
  return undefined;
}

/**
 * The group of an operation: settings operations by name (they read and write
 * singletons whatever their URI), then the resource it is bound to, then the
 * most specific known word of its URI (a literal query value first, so
 * `/search?type=phone-numbers` is about phone numbers).
 */
export function groupOf(ir: ModelIr, operation: OperationIr): string {
  if (/Settings/.test(operation.name)) return SETTINGS;
  return groupByResource(ir, operation.resource) ?? groupByPath(operation) ?? OTHER.id;
}

/** The operations in the index's order of groups, each group sorted by name; empty groups left out. */
export function operationGroups(ir: ModelIr): OperationGroup[] {
  return [...GROUP_RULES, OTHER]
    .map((rule) => ({
      id: rule.id,
      title: rule.title,
      operations: ir.operations.filter((operation) => groupOf(ir, operation) === rule.id),
    }))
    .filter((group) => group.operations.length > 0);
}
