import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { importCommand } from "../../src/import/index.ts";
import { itWithReference } from "../support/reference-suite.ts";

const temporary: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "chimekit-import-"));
  temporary.push(dir);
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), "utf8")]),
  );
}

describe("importCommand", () => {
  itWithReference("writes the same model files and corrections on every run", async () => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const first = tempDir();
    const second = tempDir();
    expect(await importCommand(["--out", first])).toBe(0);
    expect(await importCommand(["--out", second])).toBe(0);
    const files = snapshot(first);
    expect(Object.keys(files)).toEqual([
      "CORRECTIONS.md",
      "enums.json",
      "errors.json",
      "operations.json",
      "resources.json",
      "service.json",
      "shapes.json",
      "traits.json",
    ]);
    expect(snapshot(second)).toEqual(files);
    for (const [name, text] of Object.entries(files)) {
      if (!name.endsWith(".json")) continue;
      expect(text.endsWith("}\n"), name).toBe(true);
      expect(JSON.parse(text).smithy).toBe("2.0");
    }
  });

  it("fails with the path when the reference cannot be read", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(
      await importCommand(["--reference", "/nonexistent/reference.txt", "--out", tempDir()]),
    ).toBe(1);
    expect(errors.mock.calls[0][0]).toMatch(
      /cannot read the reference \/nonexistent\/reference\.txt/,
    );
  });

  it("names file and line when the reference cannot be parsed", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const file = path.join(tempDir(), "reference.txt");
    writeFileSync(file, "Nothing to see here\n");
    expect(await importCommand(["--reference", file, "--out", tempDir()])).toBe(1);
    expect(errors.mock.calls[0][0]).toContain(`${file}:1`);
  });

  it("rejects unknown arguments", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await importCommand(["--frobnicate"])).toBe(2);
    expect(errors.mock.calls[0][0]).toMatch(/unknown argument "--frobnicate"/);
  });
});
