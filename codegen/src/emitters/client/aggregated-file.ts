import {
  StructureKind,
  type MethodDeclarationOverloadStructure,
  type MethodDeclarationStructure,
  type OptionalKind,
} from "ts-morph";
import type { GeneratedFile } from "../../emit/emitter.ts";
import type { ModelIr, OperationIr, PaginationIr } from "../../ir/types.ts";
import { commandName, itemIteratorName, methodName, paginatorName } from "../../naming.ts";
import { docText, firstSentence } from "./command-docs.ts";
import { clientModuleFile } from "./module-file.ts";
import { inputIsOptional } from "./operation-schema.ts";
import { pageItemType } from "./paginator-file.ts";
import { generated, runtime, smithy } from "./symbols.ts";
import type { ModuleFile } from "../shared/module-file.ts";

/**
 * `Chime.ts`: the aggregated client, a `ChimeClient` with one camelCase
 * method per operation (`getUser(input, options?)`, with callback forms),
 * and `paginate<Operation>` / `<operation>Items` methods for paginated ones.
 */
export function aggregatedFile(ir: ModelIr): GeneratedFile {
  const file = clientModuleFile("Chime");
  const methods: OptionalKind<MethodDeclarationStructure>[] = [];
  for (const operation of ir.operations) {
    methods.push(commandMethod(file, ir, operation));
    if (operation.paginated) {
      methods.push(...paginationMethods(file, ir, operation, operation.paginated));
    }
  }
  file.add({
    kind: StructureKind.Class,
    isExported: true,
    name: "Chime",
    docs: [
      [
        docText(ir.service.documentation ?? `The ${ir.service.sdkId} API.`),
        "",
        "One method per operation: `await chime.getUser({ AccountId, UserId })`.",
      ].join("\n"),
    ],
    extends: file.value(generated.ChimeClient),
    methods,
  });
  return file.toFile();
}

function commandMethod(
  file: ModuleFile,
  ir: ModelIr,
  operation: OperationIr,
): OptionalKind<MethodDeclarationStructure> {
  const input = file.type(generated.commandInput(operation.name));
  const output = file.type(generated.commandOutput(operation.name));
  const options = file.type(runtime.ChimeRequestOptions);
  const callback = `${file.type(runtime.ChimeCallback)}<${output}>`;
  const args = { name: "args", type: input, hasQuestionToken: inputIsOptional(ir, operation) };
  const overloads: OptionalKind<MethodDeclarationOverloadStructure>[] = [
    {
      docs: [
        `${operation.documentation ? `${docText(firstSentence(operation.documentation))} ` : ""}Sends a {@link ${commandName(operation.name)}}.`,
      ],
      parameters: [args, { name: "options", type: options, hasQuestionToken: true }],
      returnType: `Promise<${output}>`,
    },
    {
      parameters: [
        { ...args, hasQuestionToken: false },
        { name: "callback", type: callback },
      ],
      returnType: "void",
    },
    {
      parameters: [
        { ...args, hasQuestionToken: false },
        { name: "options", type: options },
        { name: "callback", type: callback },
      ],
      returnType: "void",
    },
  ];
  return {
    name: methodName(operation.name),
    overloads,
    parameters: [
      args,
      { name: "optionsOrCallback", type: `${options} | ${callback}`, hasQuestionToken: true },
      { name: "callback", type: callback, hasQuestionToken: true },
    ],
    returnType: `Promise<${output}> | void`,
    statements: [
      `return ${file.value(runtime.sendCommand)}(this, new ${file.value(
        generated.command(operation.name),
      )}(args), optionsOrCallback, callback);`,
    ],
  };
}

function paginationMethods(
  file: ModuleFile,
  ir: ModelIr,
  operation: OperationIr,
  pagination: PaginationIr,
): OptionalKind<MethodDeclarationStructure>[] {
  const input = file.type(generated.commandInput(operation.name));
  const output = file.type(generated.commandOutput(operation.name));
  const parameters = [
    { name: "args", type: input, initializer: inputIsOptional(ir, operation) ? "{}" : undefined },
    {
      name: "paginationConfig",
      type: `Omit<${file.type(runtime.ChimePaginationConfiguration)}, "client">`,
      hasQuestionToken: true,
    },
  ];
  const methods: OptionalKind<MethodDeclarationStructure>[] = [
    {
      name: paginatorName(operation.name),
      docs: [`Iterates over the pages of {@link ${commandName(operation.name)}}.`],
      parameters,
      returnType: `${file.type(smithy.Paginator)}<${output}>`,
      statements: [
        `return ${file.value(generated.paginator(operation.name))}({ ...paginationConfig, client: this }, args);`,
      ],
    },
  ];
  if (pagination.items !== undefined) {
    methods.push({
      name: itemIteratorName(operation.name),
      docs: [
        `Iterates over every element of \`${pagination.items}\` on every page of {@link ${commandName(operation.name)}}.`,
      ],
      parameters,
      returnType: `AsyncGenerator<${pageItemType(file, ir, operation, pagination.items)}, undefined, unknown>`,
      statements: [
        `return ${file.value(generated.itemIterator(operation.name))}({ ...paginationConfig, client: this }, args);`,
      ],
    });
  }
  return methods;
}
