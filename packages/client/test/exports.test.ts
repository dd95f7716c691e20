import * as official from "@aws-sdk/client-chime";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as ours from "../src/generated/index.js";

/**
 * The package exports the names @aws-sdk/client-chime exports: client,
 * commands and their input/output types, model types, enum objects,
 * exceptions and paginators. Left out on purpose: the official client's
 * schema objects (`GetUser$`, `errorTypeRegistries`) and its endpoint and
 * extension plumbing types, which are implementation details there.
 */

// `module.exports`: on Node 24 (not on Node 20) the ES namespace of a CommonJS module, such as
// the official client here, also holds the module's whole exports object under that name.
const NOT_PORTED =
  /\$$|^default$|^module\.exports$|^errorTypeRegistries$|^__Client$|^ClientInputEndpointParameters$|^RuntimeExtension$|^ChimeExtensionConfiguration$|^__MetadataBearer$/;

function exportedNames(entry: string): string[] {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry)!;
  return checker
    .getExportsOfModule(checker.getSymbolAtLocation(source)!)
    .map((symbol) => symbol.name);
}

describe("exported names", () => {
  it("include every runtime value of the official client, of the same kind", () => {
    const missing: string[] = [];
    for (const [name, value] of Object.entries(official)) {
      if (NOT_PORTED.test(name)) continue;
      const ourValue = (ours as Record<string, unknown>)[name];
      if (typeof ourValue !== typeof value) missing.push(`${name} (${typeof value})`);
    }
    expect(missing).toEqual([]);
  });

  it("include every type name of the official client", () => {
    const officialTypes = join(
      dirname(createRequire(import.meta.url).resolve("@aws-sdk/client-chime/package.json")),
      "dist-types/index.d.ts",
    );
    const ourIndex = fileURLToPath(new URL("../src/generated/index.ts", import.meta.url));
    const ourNames = new Set(exportedNames(ourIndex));
    const missing = exportedNames(officialTypes).filter(
      (name) => !NOT_PORTED.test(name) && !ourNames.has(name),
    );
    expect(missing).toEqual([]);
  }, 60_000);

  it("have enum objects with the official keys and values", () => {
    const enums = Object.entries(official).filter(
      ([name, value]) =>
        typeof value === "object" &&
        value !== null &&
        !NOT_PORTED.test(name) &&
        !("prototype" in value),
    );
    expect(enums.length).toBeGreaterThan(10);
    for (const [name, value] of enums) {
      expect([name, (ours as Record<string, unknown>)[name]]).toEqual([name, value]);
    }
  });

  it("have error classes that report their name and fault like the official ones", () => {
    const errorNames = Object.keys(official).filter((name) => name.endsWith("Exception"));
    for (const name of errorNames) {
      const OfficialError = (official as unknown as Record<string, new (options: any) => any>)[
        name
      ]!;
      const OurError = (ours as unknown as Record<string, new (options: any) => any>)[name]!;
      const options = {
        $metadata: {},
        message: "m",
        Code: "BadRequest",
        name: "X",
        $fault: "client",
      };
      const theirs = new OfficialError(options);
      const mine = new OurError(options);
      expect([name, mine.name, mine.$fault, mine.message]).toEqual([
        name,
        theirs.name,
        theirs.$fault,
        theirs.message,
      ]);
      expect(mine).toBeInstanceOf(ours.ChimeServiceException);
      expect(mine).toBeInstanceOf(Error);
    }
  });
});
