import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import type { EnumIr } from "../../ir/types.ts";
import { identifier } from "../../naming.ts";
import { shapeDoc } from "./tsdoc.ts";
import { commentSafe } from "../shared/doc-comment.ts";

/**
 * An enum as a const object and a string-literal union type of the same
 * name, so `License.BASIC` and the type `License` both work. `License {BASIC = "Basic"}` gives:
 *
 *   export const License = { BASIC: "Basic" } as const;
 *   export type License = (typeof License)[keyof typeof License];
 */
export function enumStatements(shape: EnumIr): StatementStructures[] {
  const name = identifier(shape.name);
  const valueList = shape.values.map((value) => `\`${value.value}\``).join(", ");
  const docs = [
    {
      description: shapeDoc(shape.documentation, `The ${shape.name} values.`, [
        `One of ${valueList}.`,
      ]),
    },
  ];
  return [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs,
      declarations: [
        {
          name,
          initializer: (writer) => {
            writer.write("{").indent(() => {
              for (const value of shape.values) {
                if (value.documentation)
                  writer.writeLine(`/** ${commentSafe(value.documentation)} */`);
                writer.writeLine(`${propertyKey(value.name)}: ${JSON.stringify(value.value)},`);
              }
            });
            writer.write("} as const");
          },
        },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name,
      docs,
      type: `(typeof ${name})[keyof typeof ${name}]`,
    },
  ];
}

function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}
