import type { ResourceShapeNode } from "../model/smithy-ast.ts";
import { shapeName } from "../naming.ts";
import type { LifecycleName, ResourceIr } from "./types.ts";
import { documentationOf, type ShapeTable } from "./values.ts";

const LIFECYCLE: readonly LifecycleName[] = ["create", "put", "read", "update", "delete", "list"];

/** A resource found while walking the service, with the shape ID of its enclosing resource. */
export interface BoundResource {
  id: string;
  parent?: string;
}

/** Every resource of the service, depth first, each with its parent. */
export function walkResources(shapes: ShapeTable, roots: string[]): BoundResource[] {
  const found: BoundResource[] = [];
  const visit = (id: string, parent: string | undefined) => {
    if (found.some((resource) => resource.id === id)) return;
    found.push(parent === undefined ? { id } : { id, parent });
    for (const child of (shapes[id] as ResourceShapeNode).resources ?? []) visit(child.target, id);
  };
  for (const root of roots) visit(root, undefined);
  return found;
}

/** Shape IDs of every operation bound to a resource (lifecycle, instance and collection). */
export function boundOperations(resource: ResourceShapeNode): string[] {
  const lifecycle = LIFECYCLE.flatMap((name) => (resource[name] ? [resource[name].target] : []));
  const others = [...(resource.operations ?? []), ...(resource.collectionOperations ?? [])].map(
    (ref) => ref.target,
  );
  return [...lifecycle, ...others];
}

export function resourceIr(shapes: ShapeTable, bound: BoundResource): ResourceIr {
  const resource = shapes[bound.id] as ResourceShapeNode;
  const lifecycle: ResourceIr["lifecycle"] = {};
  for (const name of LIFECYCLE) {
    const ref = resource[name];
    if (ref) lifecycle[name] = shapeName(ref.target);
  }
  const ir: ResourceIr = {
    name: shapeName(bound.id),
    documentation: documentationOf(resource.traits),
    identifiers: Object.fromEntries(
      Object.entries(resource.identifiers ?? {}).map(([name, ref]) => [
        name,
        shapeName(ref.target),
      ]),
    ),
    lifecycle,
    operations: [...(resource.operations ?? []), ...(resource.collectionOperations ?? [])]
      .map((ref) => shapeName(ref.target))
      .sort(),
    resources: (resource.resources ?? []).map((ref) => shapeName(ref.target)).sort(),
  };
  if (bound.parent !== undefined) ir.parent = shapeName(bound.parent);
  return ir;
}
