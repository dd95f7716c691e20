import type { CorrectionLog } from "../corrections/log.ts";
import { repairPattern } from "../corrections/patterns.ts";
import { ReferenceParseError, stripNameMarkup, type SourceLine } from "../reference/source.ts";
import {
  ATTRIBUTE,
  compactBounds,
  parseArrayMembers,
  parseLength,
  parseRange,
  parseRequired,
  parseType,
  parseValidValues,
} from "./attributes.ts";
import { toMarkdown } from "./prose.ts";
import type { ParsedMember } from "./types.ts";

/** Sentences that introduce a member list rather than belong to a member. */
const LIST_INTROS = [
  /^The request uses the following URI parameters\.$/,
  /^The request does not use any URI parameters\.$/,
  /^The request accepts the following data in JSON format\.$/,
  /^The request does not have a request body\.$/,
  /^If the action is successful, the service sends back an HTTP \d+ response/,
  /^The following data is returned in JSON format by the service\.$/,
];

const MEMBER_NAME = /^\[?(?:\*\*)?[A-Za-z][A-Za-z0-9]*(?:\*\*)?\]?(?:\(#\))?$/;

interface Draft {
  member: ParsedMember;
  description: SourceLine[];
  attributes: Array<{ key: string; value: string; line: number }>;
}

/**
 * Parses a member list (URI Request Parameters, Request Body, Response Elements, a data type's
 * Contents). An entry is a one-word name line, description paragraphs, then attribute lines
 * (`Type:`, `Pattern:` ...); a line starting with `|` continues the Valid Values above it.
 */
export function parseMembers(
  lines: readonly SourceLine[],
  owner: string,
  log: CorrectionLog,
): ParsedMember[] {
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    if (text === "" || LIST_INTROS.some((intro) => intro.test(text))) continue;
    const attribute = ATTRIBUTE.exec(text);
    if (attribute && current) {
      current.attributes.push({ key: attribute[1], value: attribute[2], line: line.line });
      continue;
    }
    if (text.startsWith("|") && current?.attributes.at(-1)?.key === "Valid Values") {
      const previous = current.attributes.at(-1)!;
      const joined = `${previous.value} ${text}`;
      log.record("validValuesWrapped", {
        subject: `${owner}.${current.member.name}`,
        line: line.line,
        said: `${previous.value} / ${text}`,
        holds: joined,
      });
      previous.value = joined;
      continue;
    }
    if (
      MEMBER_NAME.test(text) &&
      (!current || current.description.length > 0 || current.attributes.length > 0)
    ) {
      current = {
        member: {
          name: stripNameMarkup(text),
          line: line.line,
          documentation: "",
          constraints: {},
        },
        description: [],
        attributes: [],
      };
      drafts.push(current);
      continue;
    }
    if (!current)
      throw new ReferenceParseError(
        `text before the first member of ${owner}: "${text}"`,
        line.line,
      );
    if (current.attributes.length > 0) {
      throw new ReferenceParseError(
        `description after the attributes of ${owner}.${current.member.name}: "${text}"`,
        line.line,
      );
    }
    current.description.push(line);
  }
  return drafts.map((draft) => finish(draft, owner, log));
}

function finish(draft: Draft, owner: string, log: CorrectionLog): ParsedMember {
  const member = draft.member;
  member.documentation = toMarkdown(draft.description);
  for (const { key, value, line } of draft.attributes) {
    switch (key) {
      case "Type":
        member.type = parseType(value, line);
        break;
      case "Length Constraints":
        member.constraints.length = compactBounds(parseLength(value, line));
        break;
      case "Valid Range":
        member.constraints.range = compactBounds(parseRange(value, line));
        break;
      case "Array Members":
        member.constraints.listLength = compactBounds(parseArrayMembers(value, line));
        break;
      case "Pattern":
        member.constraints.pattern = repairPattern(value, `${owner}.${member.name}`, line, log);
        break;
      case "Valid Values":
        member.constraints.enumValues = parseValidValues(value);
        break;
      case "Required":
        member.required = parseRequired(value, line);
        break;
    }
  }
  return member;
}
