import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { editShape, fixtureRoot, NS, removeFixtureRoots } from "./support/fixture-root.ts";

afterEach(removeFixtureRoots);

const CODEGEN = fileURLToPath(new URL("..", import.meta.url));

function cli(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    cwd: CODEGEN,
    encoding: "utf8",
  });
}

describe("chimekit-codegen CLI", { timeout: 60_000 }, () => {
  it("exits non-zero on a bad model, naming the shape and the problem, and writes nothing", () => {
    const root = fixtureRoot();
    editShape(root, `${NS}AccountName`, (shape) => {
      shape.traits["smithy.api#pattern"] = "(unclosed";
    });
    const result = cli("generate", "--root", root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /com\.amazonaws\.chime#AccountName \(model\/shapes\.json:\d+\): smithy\.api#pattern "\(unclosed" is not a valid JavaScript regular expression/,
    );
    expect(result.stderr).toContain("Nothing was written.");
    expect(existsSync(join(root, "packages"))).toBe(false);
  });

  it("rejects an unknown command with the usage", () => {
    const result = cli("generat");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown command "generat"');
    expect(result.stderr).toContain("generate [--root <dir>]");
  });
});
