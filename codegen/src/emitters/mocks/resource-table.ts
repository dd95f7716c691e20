import type { GeneratedFile } from "../../emit/emitter.ts";
import type { ModelIr, ResourceIr } from "../../ir/types.ts";
import { mocksGeneratedPath } from "../../naming.ts";
import { findResource } from "../shared/ir-lookup.ts";
import type { LiteralObject } from "../shared/literal.ts";
import { tableFile } from "./table-file.ts";

/**
 * Every resource as the emulator's engine stores it: `scope` holds the
 * identifiers it shares with its ancestors (outermost first), `id` the one
 * identifier of its own, absent for a singleton such as a user's settings.
 * `UserResource` (identifiers `AccountId`, `UserId`; parent `AccountResource`)
 * gives `UserResource: { scope: ["AccountId"], id: "UserId", parent: "AccountResource", lifecycle: { create: "CreateUser", ... }, ... }`.
 */
export function resourceTable(ir: ModelIr): GeneratedFile {
  const rows: Record<string, LiteralObject> = {};
  for (const resource of ir.resources) {
    const parent = findResource(ir, resource.parent);
    const scope = parent ? fullIdentifiers(ir, parent) : [];
    rows[resource.name] = {
      scope,
      id: ownIdentifier(resource, scope),
      parent: resource.parent,
      lifecycle: Object.fromEntries(
        Object.entries(resource.lifecycle).sort(([a], [b]) => a.localeCompare(b)),
      ),
      operations: resource.operations,
      resources: resource.resources,
    };
  }
  return tableFile({
    path: mocksGeneratedPath("resources"),
    name: "resourceTable",
    docs: "Every resource of the model: the identifiers of its enclosing resources (its storage scope), its own identifier (none for singletons), its parent, lifecycle operations, other operations and child resources.",
    rows,
    keyType: { name: "ResourceName", docs: "The name of a resource of the model." },
  });
}

function fullIdentifiers(ir: ModelIr, resource: ResourceIr): string[] {
  const parent = findResource(ir, resource.parent);
  const scope = parent ? fullIdentifiers(ir, parent) : [];
  const id = ownIdentifier(resource, scope);
  return id ? [...scope, id] : scope;
}

function ownIdentifier(resource: ResourceIr, scope: readonly string[]): string | undefined {
  const own = Object.keys(resource.identifiers).filter((name) => !scope.includes(name));
  if (own.length > 1) {
    throw new Error(
      `resource ${resource.name}: the emulator stores one identifier per nesting level, but it adds ${own.join(", ")} to its parent's`,
    );
  }
  return own[0];
}
