import { StructureKind, type InterfaceDeclarationStructure } from "ts-morph";
import type { StructureIr } from "../../ir/types.ts";
import { identifier } from "../../naming.ts";
import type { TypesModuleFile } from "./module-file.ts";
import { memberDoc, shapeDoc } from "./tsdoc.ts";
import { typeExpression } from "./type-expression.ts";

/**
 * One interface per structure, members in model order, required members
 * required and all others optional. `User { UserId (required), LicenseType }` gives:
 *
 *   export interface User { UserId: string; LicenseType?: License; }
 */
export function structureInterface(
  shape: StructureIr,
  file: TypesModuleFile,
): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: identifier(shape.name),
    isExported: true,
    docs: [
      { description: shapeDoc(shape.documentation, fallbackDoc(shape), structureFacts(shape)) },
    ],
    properties: [...shape.members].map((member) => ({
      name: member.name,
      hasQuestionToken: !member.required,
      type: typeExpression(member.type, file),
      docs: [{ description: memberDoc(member) }],
    })),
  };
}

function fallbackDoc(shape: StructureIr): string {
  if (shape.inputOf) return `The input of ${shape.inputOf}.`;
  if (shape.outputOf) return `The output of ${shape.outputOf}.`;
  return `The ${shape.name} structure.`;
}

function structureFacts(shape: StructureIr): string[] {
  if (!shape.error) return [];
  return [
    `An error the service returns with HTTP status ${shape.error.httpStatus} (a ${shape.error.fault} fault).`,
  ];
}
