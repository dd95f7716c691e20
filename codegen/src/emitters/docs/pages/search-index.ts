import type { GeneratedFile } from "../../../emit/emitter.ts";
import type { MemberIr } from "../../../ir/types.ts";
import { docsOperationPath, docsShapePath, generatedHeader } from "../../../naming.ts";
import { summary } from "../documentation.ts";
import {
  commonErrorAnchor,
  enumValueAnchor,
  errorsPagePath,
  hasShapePage,
  memberAnchor,
  outputPath,
} from "../site-paths.ts";
import type { SiteContext } from "./site-context.ts";

/** One thing a reader can search for. Short keys: the index is loaded by every page that searches. */
export interface SearchEntry {
  /** Kind: `operation`, `type`, `enum`, `error`, `member` or `value`. */
  k: string;
  /** Name: what the search matches first. */
  n: string;
  /** Context: the operation or shape a member belongs to, empty for top-level entries. */
  c: string;
  /** URL relative to the site root. */
  u: string;
  /** First sentence of the documentation. */
  s: string;
}

/** The browser global the script form of the index sets, for pages opened from `file://`. */
export const SEARCH_INDEX_GLOBAL = "CHIMEKIT_SEARCH_INDEX";

function memberEntries(
  members: MemberIr[],
  context: string,
  url: (member: string) => string,
): SearchEntry[] {
  return members.map((member) => ({
    k: "member",
    n: member.name,
    c: context,
    u: url(member.name),
    s: summary(member.documentation),
  }));
}

export function searchEntries(site: SiteContext): SearchEntry[] {
  const { ir } = site;
  const entries: SearchEntry[] = [];
  for (const operation of ir.operations) {
    const page = docsOperationPath(operation.name, "html");
    entries.push({
      k: "operation",
      n: operation.name,
      c: "",
      u: page,
      s: summary(operation.documentation),
    });
    for (const [side, shapeName] of [
      ["request", operation.input],
      ["response", operation.output],
    ] as const) {
      const shape = ir.shapes.get(shapeName);
      if (shape?.kind !== "structure") continue;
      entries.push(
        ...memberEntries(
          shape.members,
          `${operation.name} ${side}`,
          (name) => `${page}#${memberAnchor(side, name)}`,
        ),
      );
    }
  }
  for (const name of ir.shapeNames) {
    const shape = ir.shapes.get(name);
    if (shape === undefined) continue;
    if (shape.kind === "structure" && shape.error !== undefined) {
      entries.push({
        k: "error",
        n: name,
        c: "",
        u: `${errorsPagePath("html")}#${name}`,
        s: summary(shape.documentation),
      });
      continue;
    }
    if (!hasShapePage(shape)) continue;
    const page = docsShapePath(name, "html");
    if (shape.kind === "structure") {
      entries.push({ k: "type", n: name, c: "", u: page, s: summary(shape.documentation) });
      entries.push(
        ...memberEntries(
          shape.members,
          name,
          (member) => `${page}#${memberAnchor("member", member)}`,
        ),
      );
    } else if (shape.kind === "enum") {
      entries.push({ k: "enum", n: name, c: "", u: page, s: summary(shape.documentation) });
      for (const value of shape.values) {
        entries.push({
          k: "value",
          n: value.value,
          c: name,
          u: `${page}#${enumValueAnchor(value.value)}`,
          s: summary(value.documentation),
        });
      }
    }
  }
  for (const error of ir.service.commonErrors) {
    entries.push({
      k: "error",
      n: error.code,
      c: "Common errors",
      u: `${errorsPagePath("html")}#${commonErrorAnchor(error.code)}`,
      s: summary(error.documentation),
    });
  }
  return entries;
}

/**
 * The index twice: as JSON for tools and static hosts, and as a script that
 * sets a global, because browsers refuse `fetch` on pages opened from `file://`.
 */
export function searchIndexFiles(site: SiteContext): GeneratedFile[] {
  const entries = searchEntries(site);
  return [
    {
      path: outputPath("html", "search-index.json"),
      contents: `${JSON.stringify({ $comment: generatedHeader("json"), entries })}\n`,
    },
    {
      path: outputPath("html", "search-index.js"),
      contents: `${generatedHeader("ts")}\nwindow.${SEARCH_INDEX_GLOBAL} = ${JSON.stringify(entries)};\n`,
    },
  ];
}
