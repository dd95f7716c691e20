import { readFileSync } from "node:fs";
import { referencePath } from "@chimekit/codegen/testing";

/**
 * A small reader of the API reference text (converted from PDF). It stays apart from the model's
 * importer (codegen/src/import) on purpose: the docs are rendered from the model the importer
 * wrote, so a reading mistake of the importer would be in both the model and the docs, and a
 * check that shared its reader would agree with it. This reader reads only what the pages must
 * show, in its own way, so the docs are checked against the source itself.
 * Where the text is found is decided once, by codegen's `locateReference`.
 */

export interface ReferenceMember {
  name: string;
  /** Line of the member's name in the reference, for messages. */
  line: number;
  type?: string;
  required?: boolean;
  pattern?: string;
  validValues?: string[];
  length?: { min?: number; max?: number };
  arrayMembers?: { min?: number; max?: number };
  range?: { min?: number; max?: number };
}

export interface ReferenceError {
  name: string;
  status: number;
}

export interface ReferenceOperation {
  name: string;
  line: number;
  description: string;
  method: string;
  /** The request URI as printed (labels may have lost their braces), query included. */
  uri: string;
  uriParameters: ReferenceMember[];
  bodyMembers: ReferenceMember[];
  responseElements: ReferenceMember[];
  responseCode: number;
  errors: ReferenceError[];
}

export interface ReferenceDataType {
  name: string;
  line: number;
  description: string;
  members: ReferenceMember[];
}

/** An entry of "Common Errors": an error any action of any AWS service may answer with. */
export interface ReferenceCommonError {
  name: string;
  line: number;
  status: number;
  description: string;
}

export interface Reference {
  operations: ReferenceOperation[];
  dataTypes: ReferenceDataType[];
  commonErrors: ReferenceCommonError[];
}

const SECTION_HEADINGS = [
  "Request Syntax",
  "URI Request Parameters",
  "Request Body",
  "Response Syntax",
  "Response Elements",
  "Errors",
  "Examples",
  "See Also",
] as const;

type Section = (typeof SECTION_HEADINGS)[number];

const ATTRIBUTE =
  /^(Type|Required|Pattern|Valid Values|Length Constraints|Array Members|Valid Range):\s*(.*)$/;

function listAfter(lines: string[], marker: string): string[] {
  const start = lines.indexOf(marker);
  if (start === -1) throw new Error(`reference: "${marker}" not found`);
  const names: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const item = /^- \[(\w+)\]\(#\)$/.exec(lines[i].trim());
    if (item !== null) names.push(item[1]);
    else if (lines[i].trim() !== "" && names.length > 0) break;
  }
  return names;
}

/** `Minimum length of 1. Maximum length of 256.` -> `{ min: 1, max: 256 }`. */
function bounds(text: string): { min?: number; max?: number } {
  const min = /Minimum [^.]*? of (-?\d+)/.exec(text);
  const max = /Maximum [^.]*? of (-?\d+)/.exec(text);
  return {
    ...(min === null ? {} : { min: Number(min[1]) }),
    ...(max === null ? {} : { max: Number(max[1]) }),
  };
}

/** Finds the line where each section heading of an operation starts. */
function sectionStarts(lines: string[], from: number, to: number): Map<Section, number> {
  const starts = new Map<Section, number>();
  let next = 0;
  for (let i = from; i < to && next < SECTION_HEADINGS.length; i++) {
    const heading = lines[i].trim();
    const expected = SECTION_HEADINGS.indexOf(heading as Section);
    if (expected < next) continue;
    // A response element may be called "Errors"; the section starts with its fixed sentence.
    if (
      heading === "Errors" &&
      !nextText(lines, i + 1).startsWith("For information about the errors")
    )
      continue;
    starts.set(heading as Section, i);
    next = expected + 1;
  }
  return starts;
}

function nextText(lines: string[], from: number): string {
  for (let i = from; i < lines.length; i++) if (lines[i].trim() !== "") return lines[i].trim();
  return "";
}

/**
 * Members listed as in the reference: a name alone on its line, a
 * description, then `Type:`, `Pattern:`, `Required:` ... lines. A line that
 * starts with `|` continues the valid values above it (a page-layout break).
 */
function members(lines: string[], from: number, to: number): ReferenceMember[] {
  const found: ReferenceMember[] = [];
  let current: ReferenceMember | undefined;
  let lastAttribute: string | undefined;
  for (let i = from; i < to; i++) {
    const text = lines[i].trim();
    if (text === "") continue;
    if (text.startsWith("|") && current !== undefined && lastAttribute === "Valid Values") {
      current.validValues?.push(...splitValues(text));
      continue;
    }
    const attribute = ATTRIBUTE.exec(text);
    if (attribute !== null && current !== undefined) {
      const [, key, value] = attribute;
      lastAttribute = key;
      if (key === "Type") current.type = value;
      else if (key === "Required") current.required = value === "Yes";
      else if (key === "Pattern") current.pattern = value;
      else if (key === "Valid Values") current.validValues = splitValues(value);
      else if (key === "Length Constraints") current.length = bounds(value);
      else if (key === "Array Members") current.arrayMembers = bounds(value);
      else if (key === "Valid Range") current.range = bounds(value);
      continue;
    }
    lastAttribute = undefined;
    const previousBlank = i === from || lines[i - 1].trim() === "";
    // Some names were printed as dead links: `[CallingNameUpdatedTimestamp](#)`.
    const name = /^(?:([A-Za-z][A-Za-z0-9]*)|\[([A-Za-z][A-Za-z0-9]*)\]\(#\))$/.exec(text);
    if (previousBlank && name !== null) {
      current = { name: name[1] ?? name[2], line: i + 1 };
      found.push(current);
    }
  }
  return found;
}

function splitValues(text: string): string[] {
  return text
    .split("|")
    .map((value) => value.trim())
    .filter((value) => value !== "");
}

function paragraphAfter(lines: string[], from: number, to: number): string {
  const words: string[] = [];
  for (let i = from; i < to; i++) {
    const text = lines[i].trim();
    if (text === "") {
      if (words.length > 0) break;
      continue;
    }
    words.push(text);
  }
  return words.join(" ");
}

/** The request line, re-joined when the page layout wrapped it inside the URI. */
function requestLine(lines: string[], from: number, to: number): { method: string; uri: string } {
  for (let i = from; i < to; i++) {
    const start = /^(GET|POST|PUT|DELETE|PATCH|HEAD) (\S+)/.exec(lines[i].trim());
    if (start === null) continue;
    let line = lines[i].trim();
    for (let j = i + 1; !line.includes("HTTP/1.1") && j < to; j++) line += lines[j].trim();
    const uri = /^\S+ (\S+?)\s*HTTP\/1\.1/.exec(line);
    if (uri === null)
      throw new Error(`reference line ${i + 1}: no HTTP/1.1 after the request line`);
    return { method: start[1], uri: uri[1] };
  }
  throw new Error(`reference lines ${from + 1}-${to}: no request line`);
}

function errorsIn(lines: string[], from: number, to: number): ReferenceError[] {
  const errors: ReferenceError[] = [];
  let name: string | undefined;
  for (let i = from; i < to; i++) {
    const text = lines[i].trim();
    if (/^[A-Z][A-Za-z]*(Exception|Error)$/.test(text)) name = text;
    const status = /^HTTP Status Code: (\d+)$/.exec(text);
    if (status !== null && name !== undefined) {
      errors.push({ name, status: Number(status[1]) });
      name = undefined;
    }
  }
  return errors;
}

/** Each entry is its name alone on a line, a paragraph, then `HTTP Status Code: NNN`. */
function commonErrorsFrom(lines: string[], from: number): ReferenceCommonError[] {
  const errors: ReferenceCommonError[] = [];
  let entry: { name: string; line: number; description: string } | undefined;
  for (let i = from; i < lines.length; i++) {
    const text = lines[i].trim();
    const status = /^HTTP Status Code: (\d+)$/.exec(text);
    if (status !== null && entry !== undefined) {
      errors.push({ ...entry, status: Number(status[1]) });
      entry = undefined;
    } else if (/^[A-Z][A-Za-z]+$/.test(text)) {
      entry = { name: text, line: i + 1, description: "" };
    } else if (text !== "" && entry !== undefined) {
      entry.description = `${entry.description} ${text}`.trim();
    }
  }
  return errors;
}

function operation(lines: string[], name: string, from: number, to: number): ReferenceOperation {
  const starts = sectionStarts(lines, from, to);
  const at = (section: Section) => {
    const line = starts.get(section);
    if (line === undefined)
      throw new Error(`reference: ${name} (line ${from + 1}) has no "${section}" section`);
    return line;
  };
  const end = (section: Section) => {
    const index = SECTION_HEADINGS.indexOf(section);
    for (const later of SECTION_HEADINGS.slice(index + 1)) {
      const line = starts.get(later);
      if (line !== undefined) return line;
    }
    return to;
  };
  const responseIntro = paragraphAfter(
    lines,
    at("Response Elements") + 1,
    end("Response Elements"),
  );
  const code = /HTTP (\d{3}) response/.exec(responseIntro);
  if (code === null) throw new Error(`reference: ${name} states no response code`);
  return {
    name,
    line: from + 1,
    description: paragraphAfter(lines, from + 1, at("Request Syntax")),
    ...requestLine(lines, at("Request Syntax"), end("Request Syntax")),
    uriParameters: members(lines, at("URI Request Parameters") + 1, end("URI Request Parameters")),
    bodyMembers: members(lines, at("Request Body") + 1, end("Request Body")),
    responseElements: members(lines, at("Response Elements") + 1, end("Response Elements")),
    responseCode: Number(code[1]),
    errors: errorsIn(lines, at("Errors") + 1, end("Errors")),
  };
}

function dataType(lines: string[], name: string, from: number, to: number): ReferenceDataType {
  const contents = lines.findIndex(
    (line, index) => index > from && index < to && line.trim() === "Contents",
  );
  const seeAlso = lines.findIndex(
    (line, index) => index > from && index < to && line.trim() === "See Also",
  );
  if (contents === -1)
    throw new Error(`reference: data type ${name} (line ${from + 1}) has no Contents`);
  return {
    name,
    line: from + 1,
    description: paragraphAfter(lines, from + 1, contents),
    members: members(lines, contents + 1, seeAlso === -1 ? to : seeAlso),
  };
}

/** Where each of `names` starts as a heading line, searching forward from `from`. */
function headingLines(lines: string[], names: string[], from: number): number[] {
  let cursor = from;
  return names.map((name) => {
    const index = lines.findIndex(
      (line, i) => i >= cursor && line.trim() === name && lines[i + 1]?.trim() === "",
    );
    if (index === -1) throw new Error(`reference: no section for ${name} after line ${cursor + 1}`);
    cursor = index + 1;
    return index;
  });
}

export function parseReference(text: string): Reference {
  const lines = text.split(/\r?\n/);
  const operationNames = listAfter(lines, "The following actions are supported:");
  const typeNames = listAfter(lines, "The following data types are supported:");
  const actionsEnd = lines.indexOf("The following actions are supported:");
  const dataTypesHeading = lines.findIndex(
    (line, i) => i > actionsEnd && line.trim() === "Data Types",
  );
  const commonErrors = lines.findIndex(
    (line, i) => i > dataTypesHeading && line.trim() === "Common Errors",
  );
  const operationStarts = headingLines(lines, operationNames, actionsEnd + operationNames.length);
  const typesList = lines.indexOf("The following data types are supported:");
  const typeStarts = headingLines(lines, typeNames, typesList + typeNames.length);
  return {
    operations: operationNames.map((name, i) =>
      operation(lines, name, operationStarts[i], operationStarts[i + 1] ?? dataTypesHeading),
    ),
    dataTypes: typeNames.map((name, i) =>
      dataType(lines, name, typeStarts[i], typeStarts[i + 1] ?? commonErrors),
    ),
    commonErrors: commonErrorsFrom(lines, commonErrors + 1),
  };
}

/** The reference text; call it only inside `describeWithReference` or `itWithReference`. */
export function readReference(): Reference {
  return parseReference(readFileSync(referencePath, "utf8"));
}
