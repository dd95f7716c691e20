import { StructureKind } from "ts-morph";
import type { GeneratedFile } from "../../emit/emitter.ts";
import type { ModelIr } from "../../ir/types.ts";
import { docText } from "./command-docs.ts";
import { clientModuleFile } from "./module-file.ts";
import { generated, runtime, smithy } from "./symbols.ts";

/**
 * `ChimeClient.ts`: the bare client (`new ChimeClient(config).send(command)`)
 * and the unions of every command's input and output. Configuration and
 * middleware are the runtime's; only the unions depend on the model.
 */
export function clientFile(ir: ModelIr): GeneratedFile {
  const file = clientModuleFile("ChimeClient");
  const inputs = ir.operations.map((operation) =>
    file.type(generated.commandInput(operation.name)),
  );
  const outputs = ir.operations.map((operation) =>
    file.type(generated.commandOutput(operation.name)),
  );
  const config = file.type(runtime.ChimeClientConfig);
  const resolvedConfig = file.type(runtime.ChimeClientResolvedConfig);
  file.add(
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "ServiceInputTypes",
      docs: ["The input of any command of the service."],
      type: inputs.join(" | "),
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "ServiceOutputTypes",
      docs: ["The output of any command of the service."],
      type: outputs.join(" | "),
    },
    {
      kind: StructureKind.Class,
      isExported: true,
      name: "ChimeClient",
      docs: [
        [
          docText(ir.service.documentation ?? `The ${ir.service.sdkId} API.`),
          "",
          "Send commands with `client.send(new GetUserCommand(input))`; see `Chime` for one method per operation.",
        ].join("\n"),
      ],
      extends: `${file.value(smithy.Client)}<${file.type(smithy.HttpHandlerOptions)}, ServiceInputTypes, ServiceOutputTypes, ${resolvedConfig}>`,
      ctors: [
        {
          parameters: [{ name: "configuration", type: config, initializer: "{}" }],
          statements: [
            `const config = ${file.value(runtime.resolveClientConfig)}(configuration);`,
            "super(config);",
            "this.initConfig = configuration;",
            `${file.value(runtime.useChimeMiddleware)}(this.middlewareStack, config);`,
          ],
        },
      ],
    },
  );
  return file.toFile();
}
