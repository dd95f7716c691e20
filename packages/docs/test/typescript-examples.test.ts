import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import ts from "typescript";
import { expect, it } from "vitest";
import { DIST_DIR, PACKAGE_DIR } from "../src/site/paths.ts";
import { readPage } from "./site.ts";

/**
 * The TypeScript calls on the pages are meant to be copied: every one must
 * compile, strict, against the published types of @chimekit/client (command
 * names, member names and types, enum values, Date for timestamps).
 */
const SNIPPET_DIR = join(PACKAGE_DIR, "test-output", "typescript-examples");

function clientTypesBuilt(): boolean {
  try {
    const manifest = createRequire(join(PACKAGE_DIR, "package.json")).resolve(
      "@chimekit/client/package.json",
    );
    return existsSync(join(manifest, "..", "dist", "types"));
  } catch {
    return false;
  }
}

it("every TypeScript example compiles against @chimekit/client", () => {
  expect(
    clientTypesBuilt(),
    "@chimekit/client has no dist/types: build it first (`pnpm --filter @chimekit/client build`; turbo does this before the docs tests)",
  ).toBe(true);
  rmSync(SNIPPET_DIR, { recursive: true, force: true });
  mkdirSync(SNIPPET_DIR, { recursive: true });
  const files: string[] = [];
  for (const page of readdirSync(join(DIST_DIR, "operations")).filter((file) =>
    file.endsWith(".html"),
  )) {
    const operation = page.replace(/\.html$/, "");
    readPage(`operations/${page}`)
      .querySelectorAll("#typescript pre")
      .forEach((pre, index) => {
        const file = join(SNIPPET_DIR, `${operation}${index === 0 ? "" : `-${index + 1}`}.ts`);
        // Each snippet is a module of its own, as it would be in a reader's project.
        writeFileSync(file, `${pre.text}\nexport {};\n`);
        files.push(file);
      });
  }
  expect(files.length).toBeGreaterThanOrEqual(62);
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: [],
  });
  const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (diagnostic.file === undefined || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName.slice(SNIPPET_DIR.length + 1)}:${line + 1}: ${message}`;
  });
  expect(problems).toEqual([]);
});
