import { expect, it } from "vitest";
import type {
  ResourceShapeNode,
  ServiceShapeNode,
  ShapeNode,
  StructureShapeNode,
} from "../../src/model/smithy-ast.ts";
import { describeWithReference } from "../support/reference-suite.ts";
import { importReference } from "./reference-model.ts";

describeWithReference("resources", () => {
  const { model } = importReference();
  const shapes = model.shapes;

  function inputOf(operation: string): StructureShapeNode {
    const node = shapes[operation];
    if (node.type !== "operation" || !node.input) throw new Error(`${operation} has no input`);
    return shapes[node.input.target] as StructureShapeNode;
  }

  /** Smithy's identifier binding: a required input member of the identifier's name and target. */
  function binds(operation: string, name: string, target: string): boolean {
    const member = inputOf(operation).members?.[name];
    return member?.target === target && "smithy.api#required" in (member.traits ?? {});
  }

  const resources = Object.entries(shapes).filter(
    (entry): entry is [string, ResourceShapeNode] => entry[1].type === "resource",
  );
  const parents = new Map<string, string>();
  for (const [id, resource] of resources)
    for (const child of resource.resources ?? []) parents.set(child.target, id);

  it("reach every operation exactly once from the service", () => {
    const service = Object.values(shapes).find(
      (shape): shape is ServiceShapeNode => shape.type === "service",
    )!;
    const reached: string[] = [];
    const visit = (node: ShapeNode) => {
      if (node.type === "service" || node.type === "resource") {
        reached.push(...(node.operations ?? []).map((ref) => ref.target));
        if (node.type === "resource") {
          for (const slot of ["create", "put", "read", "update", "delete", "list"] as const)
            if (node[slot]) reached.push(node[slot]!.target);
          reached.push(...(node.collectionOperations ?? []).map((ref) => ref.target));
        }
        for (const child of node.resources ?? []) visit(shapes[child.target]);
      }
    };
    visit(service);
    const operations = Object.keys(shapes)
      .filter((id) => shapes[id].type === "operation")
      .sort();
    expect(reached.sort()).toEqual(operations);
  });

  it.each(resources.map(([id]) => [id]))(
    "%s: operations bind its identifiers as Smithy requires",
    (id) => {
      const resource = shapes[id] as ResourceShapeNode;
      const identifiers = Object.entries(resource.identifiers ?? {}).map(
        ([name, ref]) => [name, ref.target] as const,
      );
      const parent = parents.get(id);
      const parentIdentifiers = parent
        ? Object.keys((shapes[parent] as ResourceShapeNode).identifiers ?? {})
        : [];
      for (const name of parentIdentifiers) expect(identifiers.map(([n]) => n)).toContain(name);
      const instance = [
        resource.read,
        resource.update,
        resource.delete,
        resource.put,
        ...(resource.operations ?? []),
      ];
      const collection = [resource.create, resource.list, ...(resource.collectionOperations ?? [])];
      for (const ref of instance.filter((entry) => entry !== undefined)) {
        for (const [name, target] of identifiers)
          expect(binds(ref.target, name, target), `${ref.target} binds ${name}`).toBe(true);
      }
      for (const ref of collection.filter((entry) => entry !== undefined)) {
        for (const [name, target] of identifiers) {
          expect(binds(ref.target, name, target), `${ref.target} binds ${name}`).toBe(
            parentIdentifiers.includes(name),
          );
        }
      }
      if (resource.read)
        expect(shapes[resource.read.target].traits).toHaveProperty(["smithy.api#readonly"]);
      if (resource.list)
        expect(shapes[resource.list.target].traits).toHaveProperty(["smithy.api#readonly"]);
      if (resource.put)
        expect(shapes[resource.put.target].traits).toHaveProperty(["smithy.api#idempotent"]);
      if (resource.delete)
        expect(shapes[resource.delete.target].traits).toHaveProperty(["smithy.api#idempotent"]);
    },
  );
});
