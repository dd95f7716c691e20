import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { GeneratedFile } from "../../emit/emitter.ts";
import type { ModelIr, OperationIr, PaginationIr } from "../../ir/types.ts";
import {
  clientPaginatorModule,
  commandName,
  itemIteratorName,
  paginatorName,
} from "../../naming.ts";
import { literal, reference } from "../shared/literal.ts";
import { clientModuleFile } from "./module-file.ts";
import { generated, runtime, smithy } from "./symbols.ts";
import { tsType } from "./ts-type.ts";
import { structureNamed } from "../shared/ir-lookup.ts";
import type { ModuleFile } from "../shared/module-file.ts";

/**
 * `pagination/<Operation>Paginator.ts` for a paginated operation:
 * `paginateListUsers(config, input)` iterates over pages, and, when the model
 * names the page's items, `listUsersItems(config, input)` over every item.
 */
export function paginatorFile(
  ir: ModelIr,
  operation: OperationIr,
  pagination: PaginationIr,
): GeneratedFile {
  const file = clientModuleFile(clientPaginatorModule(operation.name));
  const input = file.type(generated.commandInput(operation.name));
  const output = file.type(generated.commandOutput(operation.name));
  const config = file.type(runtime.ChimePaginationConfiguration);
  const paginate = paginatorName(operation.name);
  // Symbols are recorded before any writer runs: imports are derived when the file is assembled.
  const createPaginator = file.value(runtime.createPaginator);
  const command = file.value(generated.command(operation.name));
  file.add({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      `Iterates over the pages of {@link ${commandName(operation.name)}}, passing each page's \`${pagination.outputToken}\` as the next request's \`${pagination.inputToken}\`.`,
    ],
    declarations: [
      {
        name: paginate,
        type: `(config: ${config}, input: ${input}, ...rest: any[]) => ${file.type(smithy.Paginator)}<${output}>`,
        initializer: (writer) => {
          writer.write(`/* @__PURE__ */ ${createPaginator}<${input}, ${output}>(`);
          literal({
            command: reference(`(input) => new ${command}(input)`),
            inputToken: pagination.inputToken,
            outputToken: pagination.outputToken,
            pageSize: pagination.pageSize,
          })(writer);
          writer.write(")");
        },
      },
    ],
  });

  const items = pagination.items;
  if (items !== undefined) {
    const itemType = pageItemType(file, ir, operation, items);
    file.add({
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        `Iterates over every element of \`${items}\` on every page of {@link ${commandName(operation.name)}}.`,
      ],
      declarations: [
        {
          name: itemIteratorName(operation.name),
          type: `(config: ${config}, input: ${input}, ...rest: any[]) => AsyncGenerator<${itemType}, undefined, unknown>`,
          initializer: `/* @__PURE__ */ ${file.value(runtime.createItemIterator)}<${input}, ${output}, ${itemType}>(${paginate}, ${JSON.stringify(items)})`,
        },
      ],
    });
  }
  return file.toFile();
}

/** The element type of the output list that `items` names. */
export function pageItemType(
  file: ModuleFile,
  ir: ModelIr,
  operation: OperationIr,
  items: string,
): string {
  const output = structureNamed(ir, operation.output, operation.name);
  const member = output.members.find((candidate) => candidate.name === items);
  if (member === undefined || member.type.kind !== "list") {
    throw new Error(
      `client emitter: ${operation.name}'s pagination items "${items}" is not a list member of ${output.name}`,
    );
  }
  return tsType(file, member.type.member.type);
}
