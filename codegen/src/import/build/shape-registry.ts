import type { ShapeNode } from "../../model/smithy-ast.ts";
import { shapeId } from "./shape-ids.ts";

/**
 * Collects named shapes. A name defined twice must be defined identically: two members that need the
 * same list or enum with different constraints are a modelling error to report, not to paper over.
 */
export class ShapeRegistry {
  private readonly shapes = new Map<string, ShapeNode>();

  define(name: string, node: ShapeNode): string {
    const id = shapeId(name);
    const existing = this.shapes.get(id);
    if (existing && JSON.stringify(existing) !== JSON.stringify(node)) {
      throw new Error(
        `shape ${id} is needed with two different definitions:\n${JSON.stringify(existing)}\n${JSON.stringify(node)}`,
      );
    }
    this.shapes.set(id, node);
    return id;
  }

  get(id: string): ShapeNode | undefined {
    return this.shapes.get(id);
  }

  has(name: string): boolean {
    return this.shapes.has(shapeId(name));
  }

  entries(): Array<[string, ShapeNode]> {
    return [...this.shapes].sort(([a], [b]) => a.localeCompare(b));
  }
}

/** Traits sorted by ID, so that output does not depend on the order rules add them. */
export function sortedTraits(traits: Record<string, unknown>): Record<string, unknown> | undefined {
  const keys = Object.keys(traits).sort();
  if (keys.length === 0) return undefined;
  return Object.fromEntries(keys.map((key) => [key, traits[key]]));
}
