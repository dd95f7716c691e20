/**
 * The one place that decides identifiers and file paths derived from the
 * model, so that all five packages agree on names. Names follow the AWS SDK
 * for JavaScript v3 (`GetUserCommand`, `paginateListUsers`) so that code
 * written for it finds the same exports here.
 */

const RESERVED_WORDS = new Set([
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
  "let",
  "static",
  "implements",
  "interface",
  "package",
  "private",
  "protected",
  "public",
  "await",
]);

/** A TypeScript identifier for a name from the model, escaped when it is a reserved word. */
export function identifier(name: string): string {
  return RESERVED_WORDS.has(name) ? `_${name}` : name;
}

/** `GetUser` -> `getUser`: methods of the aggregated client and of the server's service interface. */
export function methodName(operation: string): string {
  return identifier(operation.charAt(0).toLowerCase() + operation.slice(1));
}

/** `GetUser` -> `GetUserCommand`. */
export function commandName(operation: string): string {
  return `${operation}Command`;
}

/** `GetUser` -> `GetUserCommandInput`. */
export function commandInputName(operation: string): string {
  return `${operation}CommandInput`;
}

/** `GetUser` -> `GetUserCommandOutput`. */
export function commandOutputName(operation: string): string {
  return `${operation}CommandOutput`;
}

/** `GetUser` -> `GetUserErrors`: the union of error classes an operation can throw. */
export function operationErrorsName(operation: string): string {
  return `${operation}Errors`;
}

/** `ListUsers` -> `paginateListUsers`. */
export function paginatorName(operation: string): string {
  return `paginate${operation}`;
}

/**
 * `ListUsers` -> `listUsersItems`: the item-level iterator that walks every
 * element of every page.
 */
export function itemIteratorName(operation: string): string {
  return `${methodName(operation)}Items`;
}

/**
 * `AssociatePhoneNumberWithUser` -> `associate-phone-number-with-user`: the AWS
 * CLI's command name. Runs of capitals stay together (`ResetPersonalPIN` ->
 * `reset-personal-pin`).
 */
export function kebabName(operation: string): string {
  return operation
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}

/** `Account` -> `account`: the camelCase name of a shape, used for fixture factories (`fake.account()`). */
export function factoryName(shape: string): string {
  const leadingCaps = /^[A-Z]+(?=[A-Z][a-z]|$)/.exec(shape)?.[0];
  if (leadingCaps && leadingCaps.length > 1) {
    return identifier(leadingCaps.toLowerCase() + shape.slice(leadingCaps.length));
  }
  return identifier(shape.charAt(0).toLowerCase() + shape.slice(1));
}

/** The local name of a shape ID: `com.amazonaws.chime#User` -> `User`. */
export function shapeName(shapeId: string): string {
  const hash = shapeId.indexOf("#");
  return hash === -1 ? shapeId : shapeId.slice(hash + 1);
}

/** The header every generated file starts with (in the comment syntax of its kind). */
export function generatedHeader(syntax: "ts" | "md" | "html" | "css" | "json"): string {
  const text =
    "Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.";
  switch (syntax) {
    case "ts":
    case "css":
      return syntax === "ts" ? `// ${text}` : `/* ${text} */`;
    case "md":
    case "html":
      return `<!-- ${text} -->`;
    case "json":
      return text;
  }
}

/** `AccountId` -> `--account-id`: the AWS CLI's option for an input member. */
export function cliOptionName(member: string): string {
  return `--${kebabName(member)}`;
}

/** `GetUser` -> `operations/GetUser.html`: an operation's page, relative to the docs root. */
export function docsOperationPath(operation: string, extension: "html" | "md"): string {
  return `operations/${operation}.${extension}`;
}

/** `User` -> `shapes/User.html`: a data type's or enum's page, relative to the docs root. */
export function docsShapePath(shape: string, extension: "html" | "md"): string {
  return `shapes/${shape}.${extension}`;
}

/** `operations` -> `packages/mocks/src/generated/operations.ts`: a table the emulator reads. */
export function mocksGeneratedPath(module: string): string {
  return `packages/mocks/src/generated/${module}.ts`;
}

/** `User` -> `UserSchema`: the client's serde schema of a structure. */
export function structureSchemaName(shape: string): string {
  return `${shape}Schema`;
}

/** `commands/GetUserCommand` -> `packages/client/src/generated/commands/GetUserCommand.ts`. */
export function clientGeneratedPath(module: string): string {
  return `packages/client/src/generated/${module}.ts`;
}

/** `ListUsers` -> `pagination/ListUsersPaginator`: the client module of an operation's paginator. */
export function clientPaginatorModule(operation: string): string {
  return `pagination/${operation}Paginator`;
}

/** `GetUser` -> `commands/GetUserCommand`: the client module of an operation's command. */
export function clientCommandModule(operation: string): string {
  return `commands/${commandName(operation)}`;
}

/** `schema/operations` -> `packages/server/src/generated/schema/operations.ts`. */
export function serverGeneratedPath(module: string): string {
  return `packages/server/src/generated/${module}.ts`;
}

/** `conformance` -> `packages/server/test/generated/conformance.test.ts`. */
export function serverGeneratedTestPath(name: string): string {
  return `packages/server/test/generated/${name}.test.ts`;
}

/**
 * `NotFoundException` -> `NotFoundExceptionShape`: the types package's
 * interface of an error shape, imported under this alias beside the server's
 * error class of the same name.
 */
export function errorShapeAlias(shape: string): string {
  return `${shape}Shape`;
}

/** `protocol-cases` -> `packages/client/test/generated/protocol-cases.ts`: generated client test data. */
export function clientGeneratedTestPath(module: string): string {
  return `packages/client/test/generated/${module}.ts`;
}

/** The folders of `@chimekit/types`'s modules, one per shape kind. */
export type TypesModuleKind = "enums" | "errors" | "structures" | "operations";

/** `("structures", "User")` -> `structures/User`: the types package module declaring a shape. */
export function typesModule(kind: TypesModuleKind, name: string): string {
  return `${kind}/${name}`;
}

/** `structures/User` -> `packages/types/src/structures/User.ts`. */
export function typesGeneratedPath(module: string): string {
  return `packages/types/src/${module}.ts`;
}

/** `factories` -> `packages/mocks/test/generated/factories.test.ts`: a generated test of the mocks package. */
export function mocksGeneratedTestPath(name: string): string {
  return `packages/mocks/test/generated/${name}.test.ts`;
}

/** The folder name of each public package under `packages/`. */
export type PackageFolder = "types" | "client" | "server" | "mocks" | "docs";

/** `client` -> `@chimekit/client`: a public package's name on the registry. */
export function npmPackageName(folder: PackageFolder): string {
  return `@chimekit/${folder}`;
}

/** `client` -> `packages/client/README.md`: a public package's generated README. */
export function readmePath(folder: PackageFolder): string {
  return `packages/${folder}/README.md`;
}
