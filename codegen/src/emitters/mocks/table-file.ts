import { StructureKind, VariableDeclarationKind, type WriterFunction } from "ts-morph";
import type { GeneratedFile } from "../../emit/emitter.ts";
import { literal, type LiteralObject } from "../shared/literal.ts";
import { ModuleFile } from "../shared/module-file.ts";

export interface TableFileSpec {
  path: string;
  /** The exported constant's name. */
  name: string;
  docs: string;
  rows: LiteralObject;
  /** An exported `keyof typeof <name>` alias, when the row keys form a useful type. */
  keyType?: { name: string; docs: string };
}

/** Separates statements that ts-morph would print on consecutive lines. */
export const BLANK_LINE: WriterFunction = (writer) => writer.blankLine();

/**
 * A module exporting one `as const` table keyed by model names. The emulator
 * reads these tables instead of the model, so everything it derives from the
 * model is visible in one generated file per concern.
 */
export function tableFile(spec: TableFileSpec): GeneratedFile {
  const file = new ModuleFile(spec.path).add({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [spec.docs],
    declarations: [
      {
        name: spec.name,
        initializer: (writer) => {
          literal(spec.rows)(writer);
          writer.write(" as const");
        },
      },
    ],
  });
  if (spec.keyType) {
    file.add(BLANK_LINE, {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: spec.keyType.name,
      docs: [spec.keyType.docs],
      type: `keyof typeof ${spec.name}`,
    });
  }
  return file.toFile();
}
