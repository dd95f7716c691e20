import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { GeneratedFile } from "../../emit/emitter.ts";
import type { ModelIr, StructureIr } from "../../ir/types.ts";
import { docText } from "./command-docs.ts";
import { clientModuleFile } from "./module-file.ts";
import { runtime, smithy } from "./symbols.ts";
import { tsType } from "./ts-type.ts";
import type { ModuleFile } from "../shared/module-file.ts";

const MODULE = "models/errors";

/**
 * `models/errors.ts`: one class per modeled error, extending
 * `ChimeServiceException` with the error's `name`, `$fault` and members
 * (`NotFoundException` with `Code` and `Message`), and the `serviceErrors`
 * table the deserializer looks error types up in.
 */
export function errorsFile(ir: ModelIr): GeneratedFile {
  const file = clientModuleFile(MODULE);
  for (const error of ir.errors) {
    file.add(errorClass(file, error));
  }
  file.add({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Every modeled error of the service by shape name, for the response deserializer."],
    declarations: [
      {
        name: "serviceErrors",
        type: `Readonly<Record<string, ${file.type(runtime.ErrorConstructor)}>>`,
        initializer: `{ ${ir.errors.map((error) => error.name).join(", ")} }`,
      },
    ],
  });
  return file.toFile();
}

function errorClass(file: ModuleFile, error: StructureIr) {
  const fault = error.error?.fault ?? "client";
  const base = file.value(runtime.ChimeServiceException);
  const members = error.members;
  return {
    kind: StructureKind.Class as const,
    isExported: true,
    name: error.name,
    docs: [docText(error.documentation ?? `The ${error.name} error.`)],
    extends: base,
    properties: [
      {
        name: "name",
        isReadonly: true,
        hasOverrideKeyword: true,
        initializer: JSON.stringify(error.name),
      },
      {
        name: "$fault",
        isReadonly: true,
        hasOverrideKeyword: true,
        initializer: JSON.stringify(fault),
      },
      ...members.map((member) => ({
        name: member.name,
        hasQuestionToken: !member.required,
        hasExclamationToken: member.required,
        type: tsType(file, member.type),
        docs: member.documentation ? [docText(member.documentation)] : [],
      })),
    ],
    ctors: [
      {
        parameters: [
          {
            name: "options",
            type: `${file.type(smithy.ExceptionOptionType)}<${error.name}, ${base}>`,
          },
        ],
        statements: [
          `super({ ...options, name: ${JSON.stringify(error.name)}, $fault: ${JSON.stringify(fault)} });`,
          `Object.setPrototypeOf(this, ${error.name}.prototype);`,
          ...members.map((member) => `this.${member.name} = options.${member.name};`),
        ],
      },
    ],
  };
}
