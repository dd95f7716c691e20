import type { ModelIr, OperationIr, StructureIr } from "../../ir/types.ts";
import { commandName } from "../../naming.ts";
import { commentSafe } from "../shared/doc-comment.ts";
import { findStructure } from "../shared/ir-lookup.ts";
import { SampleMaker, type SampleValue } from "../shared/sample-values.ts";

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
  const input = example?.input ?? requiredInput(ir, operation.input);
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
  if (value instanceof Date) return `new Date(${JSON.stringify(value.toISOString())})`;
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

/** The required members with sample values, when the model has no example. */
function requiredInput(ir: ModelIr, structureName: string): Record<string, SampleValue> {
  const samples = new SampleMaker(ir, "example");
  const input: Record<string, SampleValue> = {};
  for (const member of findStructure(ir, structureName)?.members ?? []) {
    if (member.required) input[member.name] = samples.member(structureName, member)!;
  }
  return input;
}

export function firstSentence(text: string): string {
  const match = /^(.*?[.!?])(\s|$)/s.exec(text.trim());
  return (match ? match[1]! : text.trim()).replace(/\s+/g, " ");
}

/** Model prose made safe inside a doc comment: no comment end, no accidental TSDoc tags. */
export function docText(text: string): string {
  return commentSafe(text.trim()).replace(/(^|\s)@/g, "$1\\@");
}
