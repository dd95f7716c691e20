import { describe, expect, it } from "vitest";
import { splitOperation } from "../../src/import/reference/operation-parts.ts";
import { splitReference } from "../../src/import/reference/sections.ts";
import { lines } from "./lines.ts";

const REFERENCE = `
Table of Contents
GetThing 6
Welcome to the Amazon Chime API Reference
The API is for administrators.
Actions
The following actions are supported:

- [GetThing](#)
- [BatchThing](#)

GetThing
Gets a thing.
Request Syntax
\`\`\`
GET /things/thingId HTTP/1.1
\`\`\`
See Also
BatchThing
Batches things.
Request Syntax
\`\`\`
POST /things HTTP/1.1
\`\`\`
URI Request Parameters
Request Body
Response Syntax
HTTP/1.1 200
Response Elements
Errors
If the action fails, a list of errors is returned.
Errors
For information about the errors that are common to all actions, see [Common Errors](#).
See Also
Data Types
The following data types are supported:
- [Thing](#)
- [Error](#)
Thing
A thing.
Contents
Error
The error.
Type: [Error](#) object
See Also
Error
An error.
Contents
Code
See Also
Common Errors
AccessDeniedException
`;

describe("splitReference", () => {
  it("finds each operation and data type heading in order, skipping members of the same name", () => {
    const sections = splitReference(lines(REFERENCE));
    expect(sections.welcome.body.map((line) => line.text)).toEqual([
      "The API is for administrators.",
    ]);
    expect(sections.operations.map((section) => [section.name, section.line])).toEqual([
      ["GetThing", 11],
      ["BatchThing", 18],
    ]);
    const lineOf = (text: string, nth = 0) =>
      lines(REFERENCE).filter((line) => line.text === text)[nth].line;
    // "Error" is first a member of Thing, then the data type's heading.
    expect(sections.dataTypes.map((section) => [section.name, section.line])).toEqual([
      ["Thing", lineOf("Thing")],
      ["Error", lineOf("Error", 1)],
    ]);
    expect(sections.commonErrors.line).toBe(lineOf("Common Errors"));
  });

  it("tells the Errors heading from a response element called Errors", () => {
    const sections = splitReference(lines(REFERENCE));
    const parts = splitOperation(sections.operations[1]);
    expect(parts.responseElements.map((line) => line.text)).toEqual([
      "Errors",
      "If the action fails, a list of errors is returned.",
    ]);
    expect(parts.errors.map((line) => line.text)[0]).toMatch(/^For information about the errors/);
  });

  it("names the operation whose page lacks a heading", () => {
    const sections = splitReference(lines(REFERENCE));
    expect(() => splitOperation(sections.operations[0])).toThrow(
      /GetThing has no "URI Request Parameters" heading/,
    );
  });
});
