import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { loadModel } from "../src/model/load.ts";
import { addShapes, fixtureRoot, NS, removeFixtureRoots } from "./support/fixture-root.ts";
import { problemsOf } from "./support/model-error.ts";

afterEach(removeFixtureRoots);

describe("loadModel", () => {
  it("merges every model file, in sorted file order, and remembers where each shape is", () => {
    const root = fixtureRoot();
    const loaded = loadModel(join(root, "model"), root);
    expect(loaded.sources).toEqual([
      "model/enums-and-errors.json",
      "model/operations.json",
      "model/service.json",
      "model/shapes.json",
    ]);
    expect(loaded.model.shapes[`${NS}Chime`].type).toBe("service");
    expect(loaded.model.shapes[`${NS}Account`].type).toBe("structure");
    expect(loaded.origins.get(`${NS}Account`)).toBe("model/shapes.json");
    expect(loaded.origins.get(`${NS}License`)).toBe("model/enums-and-errors.json");
  });

  it("rejects a shape ID defined in two files, naming both files and lines", () => {
    const root = fixtureRoot();
    addShapes(root, "zz-extra.json", { [`${NS}Account`]: { type: "structure", members: {} } });
    expect(problemsOf(() => loadModel(join(root, "model"), root))).toEqual([
      expect.stringMatching(
        /^com\.amazonaws\.chime#Account: defined twice, in model\/shapes\.json:\d+ and model\/zz-extra\.json:4$/,
      ),
    ]);
  });

  it("names a file that is not JSON or not a Smithy 2.0 AST", () => {
    const root = fixtureRoot();
    writeFileSync(join(root, "model", "broken.json"), "{ not json");
    writeFileSync(join(root, "model", "old.json"), JSON.stringify({ smithy: "1.0", shapes: {} }));
    expect(() => loadModel(join(root, "model"), root)).toThrowError(
      /model\/broken\.json: not valid JSON[\s\S]*model\/old\.json: not a Smithy 2\.0 JSON AST/,
    );
  });
});
