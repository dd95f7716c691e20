import type { ModelIr, ShapeIr } from "../../ir/types.ts";
import { typesModule } from "../../naming.ts";

/**
 * Which module of `@chimekit/types` declares each named type. Enums and
 * error shapes get a module each under `enums/` and `errors/`; an
 * operation's request and response share `operations/<Operation>`; every
 * other structure gets `structures/<Name>`. Lists, maps and simple shapes are
 * written inline where they are used (`Account[]`, `string`), as the AWS SDK does.
 */
export type ModulePlan = ReadonlyMap<string, string>;

export function planModules(ir: ModelIr): ModulePlan {
  const plan = new Map<string, string>();
  for (const name of ir.shapeNames) {
    const module = moduleOf(ir.shapes.get(name) as ShapeIr);
    if (module !== undefined) plan.set(name, module);
  }
  return plan;
}

function moduleOf(shape: ShapeIr): string | undefined {
  switch (shape.kind) {
    case "enum":
      return typesModule("enums", shape.name);
    case "structure": {
      if (shape.error) return typesModule("errors", shape.name);
      const operation = shape.inputOf ?? shape.outputOf;
      return operation !== undefined
        ? typesModule("operations", operation)
        : typesModule("structures", shape.name);
    }
    default:
      return undefined;
  }
}
