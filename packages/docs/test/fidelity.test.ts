import type { HTMLElement } from "node-html-parser";
import { describeWithReference } from "@chimekit/codegen/testing";
import { describe, expect, it } from "vitest";
import { comparablePath, comparableProse, correctedPattern } from "./reference/corrections.ts";
import { readReference, type ReferenceMember } from "./reference/read-reference.ts";
import { readPage, visibleText } from "./site.ts";

interface Row {
  name: string;
  type: string;
  required: string;
  constraints: { label: string; text: string; codes: string[] }[];
  location: string;
}

function rows(section: HTMLElement | null): Row[] {
  return (section?.querySelectorAll("table.members tbody tr") ?? []).map((row) => ({
    name: visibleText(row.querySelector(".member-name a")),
    type: visibleText(row.querySelector(".member-type")),
    required: visibleText(row.querySelector(".member-required")),
    location: visibleText(row.querySelector(".member-location")),
    constraints: row.querySelectorAll(".member-constraints li").map((item) => ({
      label: visibleText(item.querySelector(".constraint-label")),
      text: visibleText(item),
      codes: item.querySelectorAll("code").map((code) => code.text),
    })),
  }));
}

/** The reference's wording of a type (`Array of [User](#) objects`) against the page's. */
function typeMatches(printed: string, shown: string): boolean {
  const type = printed.replace(/\[([^\]]+)\]\(#\)/g, "$1").trim();
  if (type === "Array of strings") return /^Array of (\w+ )?strings$/.test(shown);
  if (type === "String") return /string/i.test(shown);
  return shown === type || shown.startsWith(`${type} `);
}

function hasBounds(row: Row, label: RegExp, bounds: { min?: number; max?: number }): boolean {
  return row.constraints.some((constraint) => {
    if (!label.test(constraint.label)) return false;
    const numbers = (constraint.text.match(/-?\d+/g) ?? []).map(Number);
    return [bounds.min, bounds.max].every(
      (bound) => bound === undefined || numbers.includes(bound),
    );
  });
}

/** What the page's row lacks of what the reference says about a member. */
function memberProblems(
  member: ReferenceMember,
  row: Row | undefined,
  requiredWhenUnstated?: boolean,
): string[] {
  const where = `${member.name} (reference line ${member.line})`;
  if (row === undefined) return [`${where}: no row`];
  const problems: string[] = [];
  if (member.type !== undefined && !typeMatches(member.type, row.type)) {
    problems.push(`${where}: type "${member.type}", page says "${row.type}"`);
  }
  const required = member.required ?? requiredWhenUnstated;
  if (required !== undefined && row.required !== (required ? "Yes" : "No")) {
    problems.push(`${where}: required ${required ? "Yes" : "No"}, page says "${row.required}"`);
  }
  if (member.pattern !== undefined) {
    const pattern = correctedPattern(member.pattern);
    if (!row.constraints.some((c) => /pattern/i.test(c.label) && c.codes.includes(pattern))) {
      problems.push(`${where}: pattern ${pattern} missing`);
    }
  }
  for (const value of member.validValues ?? []) {
    if (!row.constraints.some((c) => /valid values/i.test(c.label) && c.codes.includes(value))) {
      problems.push(`${where}: valid value ${value} missing`);
    }
  }
  if (member.length !== undefined && !hasBounds(row, /length/i, member.length)) {
    problems.push(`${where}: length ${JSON.stringify(member.length)} missing`);
  }
  if (member.arrayMembers !== undefined && !hasBounds(row, /size/i, member.arrayMembers)) {
    problems.push(`${where}: number of items ${JSON.stringify(member.arrayMembers)} missing`);
  }
  if (member.range !== undefined && !hasBounds(row, /range/i, member.range)) {
    problems.push(`${where}: range ${JSON.stringify(member.range)} missing`);
  }
  return problems;
}

function rowNamed(all: Row[], name: string): Row | undefined {
  return all.find((row) => row.name.toLowerCase() === name.toLowerCase());
}

/**
 * Every operation and data type of the reference, re-read from the text,
 * must be on its page with everything the reference says about it. Each test
 * lists all that is missing, with the reference line to look at.
 */
describeWithReference("the docs carry everything the API reference says", () => {
  const reference = readReference();

  describe("operation pages carry everything the reference says", () => {
    it("the reference has all 62 operations", () => {
      expect(reference.operations).toHaveLength(62);
    });

    it.each(reference.operations.map((operation) => [operation.name, operation] as const))(
      "%s",
      (name, operation) => {
        const page = readPage(`operations/${name}.html`);
        const problems: string[] = [];
        const doc = comparableProse(visibleText(page.querySelector("article > .doc")));
        if (!doc.includes(comparableProse(operation.description))) {
          problems.push(
            `description (reference line ${operation.line}) missing: "${operation.description}"`,
          );
        }
        const method = visibleText(page.querySelector(".endpoint .method"));
        if (method !== operation.method)
          problems.push(`method ${operation.method}, page says ${method}`);
        const uri = visibleText(page.querySelector(".endpoint .uri"));
        if (comparablePath(uri) !== comparablePath(operation.uri)) {
          problems.push(`path ${operation.uri}, page says ${uri}`);
        }
        const syntax = visibleText(page.querySelector("#request-syntax pre"));
        const query = operation.uri.includes("?")
          ? operation.uri.slice(operation.uri.indexOf("?") + 1).split("&")
          : [];
        for (const pair of query) {
          if (!syntax.includes(pair))
            problems.push(`query ${pair} missing from the request syntax`);
        }

        const parameters = rows(page.querySelector("#request-parameters"));
        for (const member of operation.uriParameters) {
          const row = rowNamed(parameters, member.name);
          problems.push(...memberProblems(member, row, false).map((p) => `URI parameter ${p}`));
          const queryName = query.find((pair) => pair.endsWith(`=${member.name}`))?.split("=")[0];
          if (
            row !== undefined &&
            queryName !== undefined &&
            row.location !== `query ${queryName}`
          ) {
            problems.push(
              `URI parameter ${member.name}: travels in query ${queryName}, page says "${row.location}"`,
            );
          }
        }
        const body = rows(page.querySelector("#request-body"));
        for (const member of operation.bodyMembers) {
          problems.push(
            ...memberProblems(member, rowNamed(body, member.name)).map((p) => `body member ${p}`),
          );
        }
        const response = rows(page.querySelector("#response-elements"));
        for (const member of operation.responseElements) {
          problems.push(
            ...memberProblems(member, rowNamed(response, member.name)).map(
              (p) => `response element ${p}`,
            ),
          );
        }
        const code = visibleText(page.querySelector("#response-elements strong"));
        if (code !== String(operation.responseCode))
          problems.push(`response code ${operation.responseCode}, page says ${code}`);

        const errors = page.querySelectorAll("#errors table tbody tr").map((row) => ({
          name: visibleText(row.querySelector("th")),
          status: visibleText(row.querySelector(".error-status")),
        }));
        for (const error of operation.errors) {
          const shown = errors.find((candidate) => candidate.name === error.name);
          if (shown === undefined) problems.push(`error ${error.name} missing`);
          else if (shown.status !== String(error.status)) {
            problems.push(`error ${error.name}: status ${error.status}, page says ${shown.status}`);
          }
        }
        expect(problems).toEqual([]);
      },
    );
  });

  describe("data type pages carry everything the reference says", () => {
    it("the reference has all 30 data types", () => {
      expect(reference.dataTypes).toHaveLength(30);
    });

    it.each(reference.dataTypes.map((type) => [type.name, type] as const))("%s", (name, type) => {
      const page = readPage(`shapes/${name}.html`);
      const problems: string[] = [];
      const doc = comparableProse(visibleText(page.querySelector("article > .doc")));
      if (!doc.includes(comparableProse(type.description))) {
        problems.push(`description (reference line ${type.line}) missing: "${type.description}"`);
      }
      const members = rows(page.querySelector("#contents"));
      for (const member of type.members) {
        problems.push(...memberProblems(member, rowNamed(members, member.name)));
      }
      expect(problems).toEqual([]);
    });
  });

  describe("the errors page carries the reference's common errors", () => {
    it("the reference lists 11 common errors", () => {
      expect(reference.commonErrors).toHaveLength(11);
    });

    it("lists each with its HTTP status and meaning", () => {
      const rows = readPage("errors.html").querySelectorAll("#common-errors tbody tr");
      const shown = new Map(
        rows.map((row) => [
          visibleText(row.querySelector(".error-name")),
          {
            status: visibleText(row.querySelector(".error-status")),
            meaning: comparableProse(visibleText(row.querySelector(".error-doc"))),
          },
        ]),
      );
      const problems = reference.commonErrors.flatMap((error) => {
        const where = `${error.name} (reference line ${error.line})`;
        const row = shown.get(error.name);
        if (row === undefined) return [`${where}: missing`];
        return [
          ...(row.status === String(error.status)
            ? []
            : [`${where}: status ${row.status}, reference ${error.status}`]),
          ...(row.meaning.includes(comparableProse(error.description))
            ? []
            : [`${where}: meaning differs`]),
        ];
      });
      expect(problems).toEqual([]);
    });

    it("is linked from every operation page's errors", () => {
      const unlinked = reference.operations
        .map((operation) => operation.name)
        .filter(
          (name) =>
            !readPage(`operations/${name}.html`)
              .querySelectorAll("#errors a")
              .some((link) => link.getAttribute("href") === "../errors.html#common-errors"),
        );
      expect(unlinked).toEqual([]);
    });
  });
});
