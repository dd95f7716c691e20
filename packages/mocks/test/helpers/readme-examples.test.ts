import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const packageRoot = new URL("../../", import.meta.url);
const readme = readFileSync(new URL("README.md", packageRoot), "utf8");
const EXAMPLE = /<!-- example: (\S+) -->\n\n```ts\n([\s\S]*?)```\n/g;

/** The examples of the README's "Test helpers" section: the file each one names, and its code. */
function sectionExamples(): { file: string; code: string }[] {
  const start = readme.indexOf("\n## Test helpers\n");
  if (start === -1) throw new Error('README.md has no "## Test helpers" section');
  const next = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, next === -1 ? undefined : next);
  return [...section.matchAll(EXAMPLE)].map(([, file, code]) => ({ file: file!, code: code! }));
}

describe("README test helper examples", () => {
  const examples = sectionExamples();

  it("show every example file that the suite runs, and only those", () => {
    const files = readdirSync(new URL("examples/", import.meta.url))
      .filter((name) => name.endsWith(".test.ts"))
      .map((name) => `test/helpers/examples/${name}`);
    expect(examples.map((example) => example.file).sort()).toEqual(files.sort());
  });

  it.each(examples.map((example) => [example.file, example.code]))(
    "shows %s verbatim",
    (file, code) => {
      expect(code).toBe(readFileSync(new URL(file, packageRoot), "utf8"));
    },
  );
});
