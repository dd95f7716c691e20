import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { GeneratedFile } from "../../emit/emitter.ts";
import type { ModelIr, OperationIr } from "../../ir/types.ts";
import {
  clientCommandModule,
  commandInputName,
  commandName,
  commandOutputName,
  operationErrorsName,
} from "../../naming.ts";
import { commandDocs } from "./command-docs.ts";
import { literal } from "../shared/literal.ts";
import { clientModuleFile } from "./module-file.ts";
import { inputIsOptional, operationSchema } from "./operation-schema.ts";
import { generated, modelType, runtime, smithy } from "./symbols.ts";
import { referencedStructures } from "./value-schema.ts";

/**
 * `commands/<Operation>Command.ts`: the command class, its input, output and
 * errors types, and the operation's schema. The class holds no serde code:
 * the client's middleware reads the schema, so a program that imports one
 * command carries one schema. The schema is built by the command's first
 * construction: a program loads every command and sends a few.
 */
export function commandFile(ir: ModelIr, operation: OperationIr): GeneratedFile {
  const file = clientModuleFile(clientCommandModule(operation.name));
  const command = commandName(operation.name);
  const inputName = commandInputName(operation.name);
  const outputName = commandOutputName(operation.name);
  const hasInput = ir.shapes.get(operation.input)?.kind === "structure";
  const hasOutput = ir.shapes.get(operation.output)?.kind === "structure";

  const schema = literal(operationSchema(ir, operation, file.value(generated.serviceErrors)));
  file.add(
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: inputName,
      docs: [`The input of {@link ${command}}.`],
      extends: hasInput ? [file.type(modelType(operation.input))] : [],
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: outputName,
      docs: [`The output of {@link ${command}}: the response members and its \`$metadata\`.`],
      extends: [
        ...(hasOutput ? [file.type(modelType(operation.output))] : []),
        file.type(smithy.MetadataBearer),
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: operationErrorsName(operation.name),
      docs: [`The modeled errors {@link ${command}} can throw.`],
      type:
        operation.errors.length === 0
          ? "never"
          : operation.errors.map((error) => file.type(generated.errorClass(error))).join(" | "),
    },
    {
      kind: StructureKind.Function,
      name: "operationSchema",
      docs: [`How ${operation.name} travels over HTTP; the client's serde middleware reads it.`],
      returnType: file.type(runtime.OperationSchema),
      statements: (writer) => {
        writer.write("return ");
        schema(writer);
        writer.write(";");
      },
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Let,
      docs: ["The schema, built by the first command made."],
      declarations: [
        { name: "operation", type: `${file.type(runtime.OperationSchema)} | undefined` },
      ],
    },
  );
  for (const target of structureSchemaReferences(ir, operation)) {
    file.value(generated.structureSchema(target));
  }

  const optional = inputIsOptional(ir, operation);
  file.add({
    kind: StructureKind.Class,
    isExported: true,
    name: command,
    docs: [commandDocs(ir, operation)],
    extends: `${file.value(runtime.ChimeCommand)}<${inputName}, ${outputName}, ${file.type(
      generated.ServiceInputTypes,
    )}, ${file.type(generated.ServiceOutputTypes)}>`,
    ctors: [
      {
        parameters: [{ name: "input", type: inputName, initializer: optional ? "{}" : undefined }],
        statements: ["super((operation ??= operationSchema()), input);"],
      },
    ],
  });
  return file.toFile();
}

/** The structure schemas the operation's top-level members refer to. */
function structureSchemaReferences(ir: ModelIr, operation: OperationIr): string[] {
  const names = new Set<string>();
  for (const top of [operation.input, operation.output]) {
    const structure = ir.shapes.get(top);
    if (structure?.kind !== "structure") continue;
    for (const member of structure.members) {
      for (const name of referencedStructures(member.type)) names.add(name);
    }
  }
  return [...names].sort();
}
