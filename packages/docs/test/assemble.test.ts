import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assembleSite } from "../src/site/assemble.ts";

const scratch = mkdtempSync(join(tmpdir(), "chimekit-docs-assemble-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("assembleSite", () => {
  it("renders the pages from the model beside the assets, replacing an older site", () => {
    const outDir = join(scratch, "dist");
    mkdirSync(join(outDir, "operations"), { recursive: true });
    writeFileSync(join(outDir, "operations", "RetiredOperation.html"), "<p>old</p>");

    const written = assembleSite(outDir);

    const operations = readdirSync(join(outDir, "operations"));
    expect(operations).toHaveLength(62);
    expect(operations).not.toContain("RetiredOperation.html");
    expect(written).toBe(
      operations.length +
        readdirSync(join(outDir, "shapes")).length +
        readdirSync(join(outDir, "markdown"), { recursive: true }).filter((path) =>
          String(path).endsWith(".md"),
        ).length +
        ["index.html", "errors.html", "search-index.json", "search-index.js"].length,
    );
    expect(existsSync(join(outDir, "assets", "style.css"))).toBe(true);
    expect(readdirSync(scratch)).toEqual(["dist"]);
  });
});
