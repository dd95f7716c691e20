import type { ModelIr, OperationIr, StructureIr, TypeRef } from "../../ir/types.ts";
import { commandName } from "../../naming.ts";
import { commentSafe } from "../shared/doc-comment.ts";

/**
 * The TSDoc of a command: what the operation does, an example call, the
 * errors it throws. For `GetUser`:
 *
 *     Retrieves details for the specified user ID, ...
 *     @example
 *     ```ts
 *     const output = await client.send(new GetUserCommand({ AccountId: "...", UserId: "..." }));
 *     ```
 *     @throws {@link NotFoundException} (client fault) One or more of the resources ...
 */
export function commandDocs(ir: ModelIr, operation: OperationIr): string {
  const command = commandName(operation.name);
  const lines: string[] = [];
  lines.push(docText(operation.documentation ?? `Calls the ${operation.name} operation.`));
  lines.push("");
  lines.push("@example");
  lines.push(...exampleLines(ir, operation));
  lines.push("");
  for (const errorName of operation.errors) {
    const error = ir.shapes.get(errorName) as StructureIr | undefined;
    const fault = error?.error?.fault ?? "client";
    const summary = error?.documentation ? ` ${docText(firstSentence(error.documentation))}` : "";
    lines.push(`@throws {@link ${errorName}} (${fault} fault)${summary}`);
  }
  lines.push(
    "@throws {@link ChimeServiceException} an error the model does not list for this operation.",
  );
  lines.push(
    `@throws {@link ChimeValidationError} before sending, when a required member or URI label is missing or empty.`,
  );
  lines.push("");
  lines.push(
    `@see {@link ${command}Input} for the input and {@link ${command}Output} for the output.`,
  );
  return lines.join("\n");
}

function exampleLines(ir: ModelIr, operation: OperationIr): string[] {
  const command = commandName(operation.name);
  const example = operation.examples.find((candidate) => candidate.input !== undefined);
  const input = example?.input ?? skeletonInput(ir, operation.input);
  const inputText = objectLiteralText(input, "");
  return [
    "```ts",
    `import { ChimeClient, ${command} } from "@chimekit/client";`,
    "",
    'const client = new ChimeClient({ region: "us-east-1" });',
    ...(example?.title ? [`// ${example.title}`] : []),
    `const output = await client.send(new ${command}(${inputText}));`,
    "```",
  ].map(commentSafe);
}

/** A value as it would be written in TypeScript source: `{ AccountId: "a", Emails: ["x"] }`. */
function objectLiteralText(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return value.length === 0
      ? "[]"
      : `[\n${value.map((item) => inner + objectLiteralText(item, inner)).join(",\n")},\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const lines = entries.map(([key, item]) => {
      const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
      return `${inner}${name}: ${objectLiteralText(item, inner)}`;
    });
    return `{\n${lines.join(",\n")},\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** Placeholder values for the required members, when the model has no example. */
function skeletonInput(ir: ModelIr, structureName: string): Record<string, unknown> {
  const structure = ir.shapes.get(structureName);
  if (structure?.kind !== "structure") {
    return {};
  }
  const input: Record<string, unknown> = {};
  for (const member of structure.members) {
    if (member.required) {
      input[member.name] = placeholder(ir, member.type);
    }
  }
  return input;
}

function placeholder(ir: ModelIr, type: TypeRef): unknown {
  switch (type.kind) {
    case "boolean":
      return true;
    case "integer":
    case "long":
    case "float":
    case "double":
      return 1;
    case "enum": {
      const shape = ir.shapes.get(type.shape);
      return shape?.kind === "enum" ? (shape.values[0]?.value ?? "VALUE") : "VALUE";
    }
    case "list":
      return [placeholder(ir, type.member.type)];
    case "structure":
      return skeletonInput(ir, type.shape);
    case "timestamp":
      return "2024-01-01T00:00:00Z";
    default:
      return "STRING_VALUE";
  }
}

export function firstSentence(text: string): string {
  const match = /^(.*?[.!?])(\s|$)/s.exec(text.trim());
  return (match ? match[1]! : text.trim()).replace(/\s+/g, " ");
}

/** Model prose made safe inside a doc comment: no comment end, no accidental TSDoc tags. */
export function docText(text: string): string {
  return commentSafe(text.trim()).replace(/(^|\s)@/g, "$1\\@");
}
