import type { ModelIr, TypeRef } from "../../../ir/types.ts";

/** Who refers to a shape: the back-links of its page. */
export interface ShapeUsage {
  /** Operations whose request contains the shape, directly or nested. */
  requestOf: Set<string>;
  /** Operations whose response contains the shape, directly or nested. */
  responseOf: Set<string>;
  /** Operations that return it as an error. */
  errorOf: Set<string>;
  /** Structures with a member of this type (lists and maps looked through). */
  containedIn: Set<string>;
}

function namedShapes(type: TypeRef): string[] {
  switch (type.kind) {
    case "list":
      return namedShapes(type.member.type);
    case "map":
      return [...namedShapes(type.key.type), ...namedShapes(type.value.type)];
    case "enum":
    case "structure":
      return [type.shape];
    default:
      return [];
  }
}

/** Computed once per emit, so each page looks its back-links up instead of walking the model again. */
export function shapeUsage(ir: ModelIr): Map<string, ShapeUsage> {
  const usage = new Map<string, ShapeUsage>();
  const entry = (name: string) => {
    let found = usage.get(name);
    if (found === undefined) {
      found = {
        requestOf: new Set(),
        responseOf: new Set(),
        errorOf: new Set(),
        containedIn: new Set(),
      };
      usage.set(name, found);
    }
    return found;
  };
  const children = new Map<string, string[]>();
  for (const structure of ir.structures) {
    const names = structure.members.flatMap((member) => namedShapes(member.type));
    children.set(structure.name, names);
    for (const name of names) entry(name).containedIn.add(structure.name);
  }
  const reach = (root: string, mark: (name: string) => void) => {
    const seen = new Set<string>();
    const pending = [...(children.get(root) ?? [])];
    while (pending.length > 0) {
      const name = pending.pop() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      mark(name);
      pending.push(...(children.get(name) ?? []));
    }
  };
  for (const operation of ir.operations) {
    reach(operation.input, (name) => entry(name).requestOf.add(operation.name));
    reach(operation.output, (name) => entry(name).responseOf.add(operation.name));
    for (const error of operation.errors) entry(error).errorOf.add(operation.name);
  }
  return usage;
}
