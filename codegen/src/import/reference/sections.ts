import { ReferenceParseError, isBlank, type SourceLine } from "./source.ts";

/** A titled run of reference lines: one operation, one data type, or the common errors. */
export interface Section {
  name: string;
  /** Line of the heading. */
  line: number;
  /** The lines after the heading, up to the next section. */
  body: SourceLine[];
}

export interface ReferenceSections {
  /** The welcome text: the service's documentation. */
  welcome: Section;
  operations: Section[];
  dataTypes: Section[];
  commonErrors: Section;
}

const LIST_ITEM = /^- \[([A-Za-z0-9]+)\]\(#\)$/;

function indexOfLine(lines: readonly SourceLine[], text: string, from: number): number {
  for (let i = from; i < lines.length; i++) {
    if (lines[i].text.trim() === text) return i;
  }
  return -1;
}

/** Reads the bullet list of names that follows `index` (skipping blank lines), as "Actions" and "Data Types" give them. */
function readNameList(
  lines: readonly SourceLine[],
  index: number,
): { names: string[]; end: number } {
  const names: string[] = [];
  let i = index;
  for (; i < lines.length; i++) {
    if (isBlank(lines[i])) continue;
    const match = LIST_ITEM.exec(lines[i].text.trim());
    if (match) {
      names.push(match[1]);
    } else if (names.length > 0) {
      break;
    }
  }
  return { names, end: i };
}

/**
 * Finds each heading in `names` in order, starting at `from`. A heading is a line that is exactly the
 * name and is followed (before the next heading of the list) by `marker`, which tells it apart from a
 * member of the same name inside an earlier section.
 */
function findHeadings(
  lines: readonly SourceLine[],
  names: readonly string[],
  from: number,
  isHeading: (index: number) => boolean,
): number[] {
  const starts: number[] = [];
  let cursor = from;
  for (const name of names) {
    let index = indexOfLine(lines, name, cursor);
    while (index !== -1 && !isHeading(index)) index = indexOfLine(lines, name, index + 1);
    if (index === -1) {
      throw new ReferenceParseError(
        `no heading for "${name}" after this line`,
        lines[cursor]?.line ?? 0,
      );
    }
    starts.push(index);
    cursor = index + 1;
  }
  return starts;
}

function nextNonBlank(
  lines: readonly SourceLine[],
  index: number,
  skip = 0,
): SourceLine | undefined {
  let seen = 0;
  for (let i = index + 1; i < lines.length; i++) {
    if (isBlank(lines[i])) continue;
    if (seen === skip) return lines[i];
    seen++;
  }
  return undefined;
}

/** Splits the reference into the welcome text, one section per operation and data type, and the common errors. */
export function splitReference(lines: readonly SourceLine[]): ReferenceSections {
  const actionsIntro = lines.findIndex(
    (line) => line.text.trim() === "The following actions are supported:",
  );
  if (actionsIntro === -1)
    throw new ReferenceParseError('no "The following actions are supported:" list', 1);
  const actions = readNameList(lines, actionsIntro + 1);

  const welcomeStart = indexOfLine(lines, "Welcome to the Amazon Chime API Reference", 0);
  const welcome: Section = {
    name: "Welcome",
    line: lines[welcomeStart].line,
    body: lines
      .slice(welcomeStart + 1, actionsIntro)
      .filter((line) => line.text.trim() !== "Actions"),
  };

  const operationStarts = findHeadings(lines, actions.names, actions.end, (index) => {
    for (let i = index + 1; i < lines.length; i++) {
      const text = lines[i].text.trim();
      if (text === "Request Syntax") return true;
      if (text === "See Also") return false;
    }
    return false;
  });

  const typesIntro = indexOfLine(
    lines,
    "The following data types are supported:",
    operationStarts.at(-1)!,
  );
  if (typesIntro === -1)
    throw new ReferenceParseError('no "The following data types are supported:" list', 1);
  const dataTypesHeading = indexOfLine(lines, "Data Types", operationStarts.at(-1)!);
  const types = readNameList(lines, typesIntro + 1);
  const typeStarts = findHeadings(
    lines,
    types.names,
    types.end,
    (index) => nextNonBlank(lines, index, 1)?.text.trim() === "Contents",
  );
  const commonErrorsStart = indexOfLine(lines, "Common Errors", typeStarts.at(-1)!);
  if (commonErrorsStart === -1)
    throw new ReferenceParseError('no "Common Errors" heading', lines.at(-1)!.line);

  const sectionsOf = (names: string[], starts: number[], end: number): Section[] =>
    names.map((name, i) => ({
      name,
      line: lines[starts[i]].line,
      body: lines.slice(starts[i] + 1, i + 1 < starts.length ? starts[i + 1] : end),
    }));

  return {
    welcome,
    operations: sectionsOf(actions.names, operationStarts, dataTypesHeading),
    dataTypes: sectionsOf(types.names, typeStarts, commonErrorsStart),
    commonErrors: {
      name: "Common Errors",
      line: lines[commonErrorsStart].line,
      body: lines.slice(commonErrorsStart + 1),
    },
  };
}
