import {
  CodeBlockWriter,
  printStructure,
  StructureKind,
  type StatementStructures,
  type WriterFunction,
} from "ts-morph";
import type { ModelIr, OperationIr, ValueIr } from "../../../ir/types.ts";
import { commandName, paginatorName } from "../../../naming.ts";
import { EMULATOR_ENDPOINT, EXAMPLE_CREDENTIALS, EXAMPLE_REGION } from "./emulator.ts";
import { structureNamed } from "../../shared/ir-lookup.ts";
import type { SampleValue } from "../../shared/sample-values.ts";
import type { SampleEntry } from "./sample-input.ts";

const CLIENT_PACKAGE = "@chimekit/client";

/** The repository's prettier print width: snippets are laid out as prettier would lay them out. */
const PRINT_WIDTH = 100;

function currentColumn(writer: CodeBlockWriter): number {
  const text = writer.toString();
  return text.length - text.lastIndexOf("\n") - 1;
}

/** A writer laid out as prettier lays out snippets: two-space indents, double quotes. */
function snippetWriter(): CodeBlockWriter {
  return new CodeBlockWriter({ indentNumberOfSpaces: 2 });
}

/** Prints statements as a snippet, a blank line between statements. */
function print(statements: (string | WriterFunction | StatementStructures)[]): string {
  return statements.map((statement) => printStatement(statement).trim()).join("\n\n");
}

function printStatement(statement: string | WriterFunction | StatementStructures): string {
  if (typeof statement === "string") return statement;
  if (typeof statement === "function") {
    const writer = snippetWriter();
    statement(writer);
    return writer.toString();
  }
  return printStructure(statement, { indentNumberOfSpaces: 2 });
}

/**
 * A complete program that calls the operation with `@chimekit/client` against
 * the emulator, e.g. for GetUser:
 *
 *     import { ChimeClient, GetUserCommand } from "@chimekit/client";
 *     const client = new ChimeClient({ region: "us-east-1", endpoint: "http://127.0.0.1:…", credentials: {…} });
 *     const response = await client.send(new GetUserCommand({ AccountId: "…", UserId: "…" }));
 *     console.log(response.User);
 */
export function typescriptExample(
  ir: ModelIr,
  operation: OperationIr,
  input: SampleEntry[],
): string {
  const command = commandName(operation.name);
  // What a reader wants to see first: the page's items for a list, else the first member of the body.
  const outputMembers = structureNamed(ir, operation.output).members;
  const firstOutput =
    outputMembers.find((member) => member.name === operation.paginated?.items) ??
    outputMembers.find(
      (member) => member.binding.location === "body" || member.binding.location === "payload",
    );
  return print([
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: CLIENT_PACKAGE,
      namedImports: ["ChimeClient", command],
    },
    clientDeclaration(),
    (writer) => {
      // Laid out as prettier lays out a call whose argument does not fit on the line.
      if (input.length === 0) {
        writer.write(`const response = await client.send(new ${command}({}));`);
        return;
      }
      writer.write("const response = await client.send(").newLine();
      writer.indent(() => {
        writer.write(`new ${command}(`);
        writeInput(writer, ir, input);
        writer.write("),").newLine();
      });
      writer.write(");");
    },
    firstOutput === undefined
      ? "console.log(response.$metadata.httpStatusCode);"
      : `console.log(response.${firstOutput.name});`,
  ]);
}

/** For paginated operations: the same call walking every page with the generated paginator. */
export function paginatorExample(
  ir: ModelIr,
  operation: OperationIr,
  input: SampleEntry[],
): string | null {
  const pagination = operation.paginated;
  if (pagination === undefined) return null;
  const paginator = paginatorName(operation.name);
  const walked = input.filter((entry) => entry.member.name !== pagination.inputToken);
  return print([
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: CLIENT_PACKAGE,
      namedImports: ["ChimeClient", paginator],
    },
    clientDeclaration(),
    (writer) => {
      writer.write(`const pages = ${paginator}(`).newLine();
      writer.indent(() => {
        writer.write("{ client },").newLine();
        writeInput(writer, ir, walked);
        writer.write(",").newLine();
      });
      writer.write(");");
    },
    (writer) => {
      writer.write("for await (const page of pages) ").block(() => {
        writer.writeLine(`console.log(page.${pagination.items ?? pagination.outputToken});`);
      });
    },
  ]);
}

function clientDeclaration(): WriterFunction {
  return (writer) => {
    writer.write("const client = new ChimeClient(");
    writeObject(writer, [
      ["region", (w) => w.quote(EXAMPLE_REGION)],
      ["endpoint", (w) => w.quote(EMULATOR_ENDPOINT)],
      [
        "credentials",
        (w) =>
          writeObject(w, [
            ["accessKeyId", (inner) => inner.quote(EXAMPLE_CREDENTIALS.accessKeyId)],
            ["secretAccessKey", (inner) => inner.quote(EXAMPLE_CREDENTIALS.secretAccessKey)],
          ]),
      ],
    ]);
    writer.write(");");
  };
}

function writeInput(writer: CodeBlockWriter, ir: ModelIr, input: SampleEntry[]): void {
  writeObject(
    writer,
    input.map((entry) => [entry.member.name, (w) => writeValue(w, ir, entry.member, entry.value)]),
  );
}

function writeObject(writer: CodeBlockWriter, entries: [string, WriterFunction][]): void {
  if (entries.length === 0) {
    writer.write("{}");
    return;
  }
  writer.write("{").newLine();
  writer.indent(() => {
    for (const [key, write] of entries) {
      writer.write(`${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: `);
      write(writer);
      writer.write(",").newLine();
    }
  });
  writer.write("}");
}

function writeValue(
  writer: CodeBlockWriter,
  ir: ModelIr,
  value: ValueIr,
  sample: SampleValue,
): void {
  const type = value.type;
  if (type.kind === "timestamp") {
    const iso = sample instanceof Date ? sample.toISOString() : String(sample);
    writer.write(`new Date(${JSON.stringify(iso)})`);
    return;
  }
  if (type.kind === "list" && Array.isArray(sample)) {
    if (!sample.some(isRecord)) {
      const items = sample.map((item) => {
        const itemWriter = snippetWriter();
        writeValue(itemWriter, ir, type.member, item);
        return itemWriter.toString();
      });
      const inline = `[${items.join(", ")}]`;
      // Prettier's rule: an array stays on the line while the line fits in the print width.
      if (currentColumn(writer) + inline.length + 1 <= PRINT_WIDTH) {
        writer.write(inline);
        return;
      }
      writer.write("[").newLine();
      writer.indent(() => items.forEach((item) => writer.write(`${item},`).newLine()));
      writer.write("]");
      return;
    }
    writer.write("[").newLine();
    writer.indent(() => {
      for (const item of sample) {
        writeValue(writer, ir, type.member, item);
        writer.write(",").newLine();
      }
    });
    writer.write("]");
    return;
  }
  if (type.kind === "structure" && isRecord(sample)) {
    const shape = structureNamed(ir, type.shape);
    writeObject(
      writer,
      Object.entries(sample).map(([key, item]) => {
        const member = shape.members.find((candidate) => candidate.name === key);
        return [
          key,
          (w) =>
            member === undefined ? w.write(JSON.stringify(item)) : writeValue(w, ir, member, item),
        ];
      }),
    );
    return;
  }
  if (type.kind === "map" && isRecord(sample)) {
    writeObject(
      writer,
      Object.entries(sample).map(([key, item]) => [
        key,
        (w) => writeValue(w, ir, type.value, item),
      ]),
    );
    return;
  }
  writer.write(JSON.stringify(sample));
}

function isRecord(value: SampleValue): value is { [member: string]: SampleValue } {
  return (
    typeof value === "object" &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !(value instanceof Uint8Array)
  );
}
