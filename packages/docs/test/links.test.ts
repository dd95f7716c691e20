import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST_DIR } from "../src/site/paths.ts";
import { readPage } from "./site.ts";

/** Every file of the assembled site, relative to its root, with forward slashes. */
function siteFiles(dir = DIST_DIR): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? siteFiles(path)
      : [relative(DIST_DIR, path).split("\\").join("/")];
  });
}

const files = siteFiles();
const fileSet = new Set(files);
const htmlPages = files.filter((file) => file.endsWith(".html"));
const markdownPages = files.filter((file) => file.endsWith(".md"));

const idsByPage = new Map<string, Set<string>>();
function idsOf(page: string): Set<string> {
  let ids = idsByPage.get(page);
  if (ids === undefined) {
    ids = new Set(
      readPage(page)
        .querySelectorAll("[id]")
        .map((element) => element.id),
    );
    idsByPage.set(page, ids);
  }
  return ids;
}

/** How a Markdown viewer names a heading's anchor: lower case, punctuation dropped, spaces to hyphens. */
function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_[\]()]/g, "")
    .replace(/[^\w\- ]/g, "")
    .replace(/ /g, "-");
}

const slugsByPage = new Map<string, Set<string>>();
function slugsOf(page: string): Set<string> {
  let slugs = slugsByPage.get(page);
  if (slugs === undefined) {
    const text = readFileSync(join(DIST_DIR, page), "utf8").replace(/```[\s\S]*?```/g, "");
    slugs = new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((match) => headingSlug(match[1])));
    slugsByPage.set(page, slugs);
  }
  return slugs;
}

function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href);
}

/** What is wrong with a relative link from `page`, or undefined when its file and anchor exist. */
function brokenLink(
  page: string,
  href: string,
  anchors: (target: string) => Set<string>,
): string | undefined {
  const [pathPart, fragment] = href.split("#", 2);
  const target =
    pathPart === "" ? page : posix.normalize(posix.join(posix.dirname(page), pathPart));
  if (!fileSet.has(target)) return `${page}: ${href} -> no file ${target}`;
  if (
    fragment !== undefined &&
    fragment !== "" &&
    !anchors(target).has(decodeURIComponent(fragment))
  ) {
    return `${page}: ${href} -> no anchor #${fragment} in ${target}`;
  }
  return undefined;
}

describe("internal links", () => {
  it("the site has an index, 62 operation pages, shape pages, errors and the search index", () => {
    expect(fileSet.has("index.html")).toBe(true);
    expect(fileSet.has("errors.html")).toBe(true);
    expect(files.filter((file) => /^operations\/\w+\.html$/.test(file))).toHaveLength(62);
    expect(files.filter((file) => /^shapes\/\w+\.html$/.test(file)).length).toBeGreaterThanOrEqual(
      30,
    );
    expect(fileSet.has("search-index.js") && fileSet.has("search-index.json")).toBe(true);
  });

  it("every href and src of every HTML page resolves to a file and an anchor that exist", () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of htmlPages) {
      const root = readPage(page);
      const targets = [
        ...root
          .querySelectorAll("a[href], link[href]")
          .map((element) => element.getAttribute("href") ?? ""),
        ...root.querySelectorAll("script[src]").map((element) => element.getAttribute("src") ?? ""),
      ];
      for (const href of targets) {
        if (isExternal(href)) continue;
        checked++;
        const problem = brokenLink(page, href, idsOf);
        if (problem !== undefined) broken.push(problem);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it("no page links outside the site, so it works offline and from file://", () => {
    const external = htmlPages.flatMap((page) =>
      readPage(page)
        .querySelectorAll("link[href], script[src]")
        .map((element) => element.getAttribute("href") ?? element.getAttribute("src") ?? "")
        .filter((href) => isExternal(href) && !href.startsWith("data:"))
        .map((href) => `${page}: ${href}`),
    );
    expect(external).toEqual([]);
  });

  it("every search index entry points at a page and anchor that exist", () => {
    const index = JSON.parse(readFileSync(join(DIST_DIR, "search-index.json"), "utf8")) as {
      entries: { n: string; u: string }[];
    };
    expect(index.entries.length).toBeGreaterThan(500);
    const broken = index.entries
      .map((entry) => brokenLink("index.html", entry.u, idsOf))
      .filter((problem): problem is string => problem !== undefined);
    expect(broken).toEqual([]);
  });

  it("every relative link of the Markdown edition resolves to a file and heading that exist", () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of markdownPages) {
      const text = readFileSync(join(DIST_DIR, page), "utf8").replace(/```[\s\S]*?```/g, "");
      for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const href = match[1];
        if (isExternal(href)) continue;
        checked++;
        const problem = brokenLink(page, href, slugsOf);
        if (problem !== undefined) broken.push(problem);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });
});
