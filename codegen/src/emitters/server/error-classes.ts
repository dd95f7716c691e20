import { type ClassDeclarationStructure, StructureKind, VariableDeclarationKind } from "ts-morph";
import type { EnumIr, ModelIr, StructureIr } from "../../ir/types.ts";
import { errorShapeAlias, serverGeneratedPath } from "../../naming.ts";
import { firstParagraph } from "./docs.ts";
import { ModuleFile } from "../shared/module-file.ts";
import { runtimeSymbol, shapeType } from "./symbols.ts";

export const ERRORS_MODULE = "errors";
export const ERROR_FACTORIES = "chimeErrorFactories";

/**
 * One class per error shape, named like the shape, for handlers to throw:
 *
 * `NotFoundException` (404, members `Code: ErrorCode`, `Message`) gives
 * `class NotFoundException extends ChimeServiceError` with
 * `constructor(init: NotFoundExceptionShape = {})` whose `Code` defaults to
 * `"NotFound"`: the value of the shape's `Code` enum that names this error.
 * Also `chimeErrorFactories`, with which the runtime makes the model's own
 * `BadRequestException` and `ServiceFailureException` for the failures it answers itself.
 */
export function emitErrorClasses(ir: ModelIr) {
  const file = new ModuleFile(serverGeneratedPath(ERRORS_MODULE));
  const base = file.value(runtimeSymbol("ChimeServiceError"));
  for (const error of ir.errors) file.add(errorClass(file, base, error, defaultCode(error, ir)));
  const factories = ir.errors.map((error) => {
    const takesMessage = error.members.some(
      (m) => m.name === "Message" && m.type.kind === "string",
    );
    return `${error.name}: (message: string) => new ${error.name}(${takesMessage ? "{ Message: message }" : ""})`;
  });
  file.add({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Makes each modeled error from a message, for the failures the runtime answers itself."],
    declarations: [
      {
        name: ERROR_FACTORIES,
        type: file.type(runtimeSymbol("ErrorFactories")),
        initializer: `{ ${factories.join(", ")} }`,
      },
    ],
  });
  return file.toFile();
}

function errorClass(
  file: ModuleFile,
  base: string,
  error: StructureIr,
  code: string | undefined,
): ClassDeclarationStructure {
  const shape = file.type(shapeType(error.name, errorShapeAlias(error.name)));
  const status = error.error!;
  const anyRequired = error.members.some((m) => m.required);
  const defaults =
    code === undefined ? "{ ...init }" : `{ Code: ${JSON.stringify(code)}, ...init }`;
  return {
    kind: StructureKind.Class,
    isExported: true,
    name: error.name,
    extends: base,
    docs: [
      `${firstParagraph(error.documentation) ?? error.name}\n\nAnswered with HTTP ${status.httpStatus} and \`x-amzn-ErrorType: ${error.name}\`.`,
    ],
    properties: [...error.members].map((member) => ({
      name: member.name,
      type: `${shape}[${JSON.stringify(member.name)}]`,
      hasDeclareKeyword: true,
      isReadonly: true,
      hasQuestionToken: !member.required,
    })),
    ctors: [
      {
        parameters: [{ name: "init", type: shape, initializer: anyRequired ? undefined : "{}" }],
        statements: [
          `super({ name: ${JSON.stringify(error.name)}, statusCode: ${status.httpStatus}, fault: ${JSON.stringify(status.fault)} }, ${defaults});`,
        ],
      },
    ],
  };
}

/**
 * The value of the error's `Code` enum that its name starts with, longest
 * first (`ThrottledClientException` -> `Throttled`), when there is one.
 */
function defaultCode(error: StructureIr, ir: ModelIr): string | undefined {
  const code = error.members.find((m) => m.name === "Code");
  if (code?.type.kind !== "enum") return undefined;
  const codes = ir.shapes.get(code.type.shape) as EnumIr | undefined;
  return codes?.values
    .map((v) => v.value)
    .filter((value) => error.name.startsWith(value))
    .sort((a, b) => b.length - a.length)[0];
}
