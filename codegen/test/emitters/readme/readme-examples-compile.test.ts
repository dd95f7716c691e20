import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";
import { afterAll, expect, it } from "vitest";
import { readmeEmitter } from "../../../src/emitters/readme/index.ts";
import { loadIr } from "../../../src/pipeline.ts";

const REPOSITORY = resolve(import.meta.dirname, "../../../..");

/** Where each package's public entry point is in the sources, so no build is needed first. */
const ENTRY_POINTS: Record<string, string> = {
  "@chimekit/types": "packages/types/src/index.ts",
  "@chimekit/client": "packages/client/src/generated/index.ts",
  "@chimekit/server": "packages/server/src/generated/index.ts",
  "@chimekit/mocks": "packages/mocks/src/index.ts",
};

const scratch = mkdtempSync(join(tmpdir(), "chimekit-readme-examples-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Every README's first example is meant to be copied into a project and run:
 * written from the real model, each must compile, strict, as an ES module
 * against the packages it imports.
 */
it(
  "the first example of every README compiles against the packages' sources",
  { timeout: 120_000 },
  () => {
    const snippets = readmeEmitter.emit(loadIr(REPOSITORY)).map((file) => {
      const example = /```ts\n([\s\S]*?)```/.exec(file.contents);
      expect(example, `${file.path} has no TypeScript example`).not.toBeNull();
      const path = join(scratch, `${file.path.split("/")[1]}.ts`);
      writeFileSync(path, `${example![1]}\nexport {};\n`);
      return path;
    });
    mkdirSync(scratch, { recursive: true });
    writeFileSync(join(scratch, "package.json"), '{ "type": "module" }\n');
    const program = ts.createProgram(snippets, {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      baseUrl: REPOSITORY,
      paths: Object.fromEntries(Object.entries(ENTRY_POINTS).map(([name, path]) => [name, [path]])),
      typeRoots: [join(REPOSITORY, "codegen/node_modules/@types")],
      types: ["node"],
    });
    const inSnippets = (diagnostic: ts.Diagnostic) =>
      diagnostic.file === undefined || snippets.includes(resolve(diagnostic.file.fileName));
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter(inSnippets)
      .map((diagnostic) => {
        const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
        if (diagnostic.file === undefined || diagnostic.start === undefined) return message;
        const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
        return `${diagnostic.file.fileName.slice(scratch.length + 1)}:${line + 1}: ${message}`;
      });
    expect(problems).toEqual([]);
    expect(snippets).toHaveLength(5);
  },
);
