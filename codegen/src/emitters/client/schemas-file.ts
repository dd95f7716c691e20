import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { GeneratedFile } from "../../emit/emitter.ts";
import type { ModelIr, StructureIr } from "../../ir/types.ts";
import { structureSchemaName } from "../../naming.ts";
import { literal } from "../shared/literal.ts";
import { clientModuleFile } from "./module-file.ts";
import { runtime } from "./symbols.ts";
import { structureNamed } from "../shared/ir-lookup.ts";
import { memberSchemaFields, referencedStructures } from "./value-schema.ts";

/**
 * `schemas.ts`: the serde schema of every structure nested in an operation's
 * input or output (`User` gives `export const UserSchema: StructureSchema =
 * { kind: "structure", name: "User", members: [...] }`). Declared in
 * dependency order so each schema's references are already initialized;
 * bundlers keep only those a program's commands reach.
 */
export function schemasFile(ir: ModelIr): GeneratedFile {
  const file = clientModuleFile("schemas");
  const structureSchema = file.type(runtime.StructureSchema);
  for (const structure of nestedStructuresInDependencyOrder(ir)) {
    file.add({
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [
        {
          name: structureSchemaName(structure.name),
          type: structureSchema,
          initializer: literal({
            kind: "structure",
            name: structure.name,
            members: structure.members.map((member) => memberSchemaFields(member, structure.name)),
          }),
        },
      ],
    });
  }
  return file.toFile();
}

/**
 * Structures reachable from operation inputs and outputs below the top level,
 * each after the structures it refers to. A recursive structure cannot be
 * declared this way and is reported.
 */
export function nestedStructuresInDependencyOrder(ir: ModelIr): StructureIr[] {
  const ordered: StructureIr[] = [];
  const state = new Map<string, "visiting" | "done">();

  const visit = (name: string, path: string[]): void => {
    const seen = state.get(name);
    if (seen === "done") return;
    if (seen === "visiting") {
      throw new Error(
        `client emitter: recursive structures are not supported (${[...path, name].join(" -> ")})`,
      );
    }
    state.set(name, "visiting");
    const structure = structureNamed(ir, name, path.at(-1) ?? name);
    for (const member of structure.members) {
      for (const target of referencedStructures(member.type).sort()) {
        visit(target, [...path, name]);
      }
    }
    state.set(name, "done");
    ordered.push(structure);
  };

  const roots = new Set<string>();
  for (const operation of ir.operations) {
    for (const top of [operation.input, operation.output]) {
      const structure = ir.shapes.get(top);
      if (structure?.kind !== "structure") continue;
      for (const member of structure.members) {
        for (const target of referencedStructures(member.type)) roots.add(target);
      }
    }
  }
  for (const name of [...roots].sort()) {
    visit(name, []);
  }
  return ordered;
}
