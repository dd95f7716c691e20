import type { Emitter, GeneratedFile } from "../../emit/emitter.ts";
import type { ModelIr, ShapeIr } from "../../ir/types.ts";
import { enumStatements } from "./enum.ts";
import { indexFile } from "./index-file.ts";
import { TypesModuleFile } from "./module-file.ts";
import { planModules } from "./module-plan.ts";
import { structureInterface } from "./structure.ts";

/**
 * `@chimekit/types`: an interface per structure and a const object plus
 * union type per enum, in small modules by shape kind (`enums/License.ts`,
 * `errors/NotFoundException.ts`, `operations/GetUser.ts` holding
 * `GetUserRequest` and `GetUserResponse`, `structures/User.ts`), and an
 * `index.ts` exporting every one by name. The package's whole `src/` is generated.
 */
export const typesEmitter: Emitter = {
  name: "types",
  outputDirs: ["packages/types/src"],
  emit(ir: ModelIr): GeneratedFile[] {
    const plan = planModules(ir);
    const files = new Map<string, TypesModuleFile>();
    for (const [shapeName, module] of plan) {
      const file = files.get(module) ?? new TypesModuleFile(module, plan);
      files.set(module, file);
      const shape = ir.shapes.get(shapeName) as ShapeIr;
      if (shape.kind === "enum") file.add(...enumStatements(shape));
      else if (shape.kind === "structure") file.add(structureInterface(shape, file));
    }
    return [...[...files.values()].map((file) => file.toFile()), indexFile(ir, plan)];
  },
};
