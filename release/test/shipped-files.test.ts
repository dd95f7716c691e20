import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { generatedHeader } from "@chimekit/codegen";
import { missingFiles } from "../src/consumer-project.ts";

const consumer = mkdtempSync(join(tmpdir(), "chimekit-consumer-"));
afterAll(() => rmSync(consumer, { recursive: true, force: true }));

function install(name: string, files: Record<string, string>): void {
  const folder = join(consumer, "node_modules", name);
  mkdirSync(folder, { recursive: true });
  for (const [file, contents] of Object.entries(files)) writeFileSync(join(folder, file), contents);
}

it("the rehearsal's consumer check names each package without its generated README or LICENSE", () => {
  install("@chimekit/types", {
    "README.md": `${generatedHeader("md")}\n\n# @chimekit/types\n`,
    LICENSE: "\n                                 Apache License\n",
  });
  install("@chimekit/client", { "README.md": "# written by hand\n" });
  expect(missingFiles(consumer, "@chimekit/types")).toEqual([]);
  expect(missingFiles(consumer, "@chimekit/client")).toEqual([
    `@chimekit/client: README.md does not begin with "${generatedHeader("md")}"`,
    "@chimekit/client: LICENSE is missing",
  ]);
});
