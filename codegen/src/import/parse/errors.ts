import { ReferenceParseError, type SourceLine } from "../reference/source.ts";
import { toMarkdown } from "./prose.ts";
import type { ParsedError } from "./types.ts";

const ERROR_NAME = /^[A-Z][A-Za-z]*Exception$/;
const STATUS = /^HTTP Status Code: (\d{3})$/;

/** Parses an operation's Errors list: name, description, `HTTP Status Code: N`. */
export function parseErrors(lines: readonly SourceLine[], operation: string): ParsedError[] {
  const errors: ParsedError[] = [];
  let current: { name: string; line: number; description: SourceLine[] } | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    if (text === "" || text.startsWith("For information about the errors that are common"))
      continue;
    if (ERROR_NAME.test(text) && !current) {
      current = { name: text, line: line.line, description: [] };
      continue;
    }
    const status = STATUS.exec(text);
    if (status && current) {
      errors.push({
        name: current.name,
        documentation: toMarkdown(current.description),
        status: Number(status[1]),
        line: current.line,
      });
      current = undefined;
      continue;
    }
    if (!current)
      throw new ReferenceParseError(
        `unexpected text in the Errors of ${operation}: "${text}"`,
        line.line,
      );
    current.description.push(line);
  }
  if (current)
    throw new ReferenceParseError(
      `${current.name} of ${operation} has no HTTP Status Code`,
      current.line,
    );
  return errors;
}
