import type { GeneratedFile } from "../../emit/emitter.ts";
import type { ModelIr } from "../../ir/types.ts";
import { clientModuleFile } from "./module-file.ts";
import { generated, modelType, runtime, smithy } from "./symbols.ts";

/**
 * `index.ts`, the package entry: every public name, exported explicitly,
 * matching `@aws-sdk/client-chime`'s exports (client, aggregated client,
 * commands and their types, paginators, errors, enums, model types) plus the
 * runtime's configuration and error types.
 */
export function indexFile(ir: ModelIr): GeneratedFile {
  const file = clientModuleFile("index");
  file
    .reexport(generated.ChimeClient)
    .reexport(generated.ServiceInputTypes, { typeOnly: true })
    .reexport(generated.ServiceOutputTypes, { typeOnly: true })
    .reexport(generated.Chime)
    .reexport(smithy.Command, { alias: "$Command" })
    .reexport(runtime.ChimeClientConfig, { typeOnly: true })
    .reexport(runtime.ChimeClientResolvedConfig, { typeOnly: true })
    .reexport(runtime.ChimeClientConfigType, { typeOnly: true })
    .reexport(runtime.ChimeClientResolvedConfigType, { typeOnly: true })
    .reexport(runtime.ClientDefaults, { typeOnly: true })
    .reexport(runtime.ChimeRequestOptions, { typeOnly: true })
    .reexport(runtime.ChimePaginationConfiguration, { typeOnly: true })
    .reexport(runtime.ChimeServiceException)
    .reexport(runtime.ChimeValidationError);

  for (const operation of ir.operations) {
    file
      .reexport(generated.command(operation.name))
      .reexport(generated.commandInput(operation.name), { typeOnly: true })
      .reexport(generated.commandOutput(operation.name), { typeOnly: true })
      .reexport(generated.operationErrors(operation.name), { typeOnly: true });
    if (operation.paginated) {
      file.reexport(generated.paginator(operation.name));
      if (operation.paginated.items !== undefined) {
        file.reexport(generated.itemIterator(operation.name));
      }
    }
  }
  for (const error of ir.errors) {
    file.reexport(generated.errorClass(error.name));
  }
  for (const enumShape of ir.enums) {
    file.reexport(modelType(enumShape.name));
  }
  for (const structure of ir.structures) {
    if (structure.error === undefined) {
      file.reexport(modelType(structure.name), { typeOnly: true });
    }
  }
  return file.toFile();
}
