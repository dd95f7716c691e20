/**
 * The one place that decides identifiers and file paths derived from the
 * model, so that all five packages agree on names. Names follow the AWS SDK
 * for JavaScript v3 (`GetUserCommand`, `paginateListUsers`) so that code
 * written for it finds the same exports here.
 */

const RESERVED_WORDS = new Set([
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
  "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in",
  "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try",
  "typeof", "var", "void", "while", "with", "yield", "let", "static", "implements", "interface",
  "package", "private", "protected", "public", "await",
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
