import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const REPOSITORY = fileURLToPath(new URL("../../../", import.meta.url));

/** A Smithy JSON AST shape, loosely typed so tests can break it on purpose. */
export type LooseShape = Record<string, any>;

const created: string[] = [];

/**
 * A throwaway repository root holding a copy of a fixture's `model/` and the
 * repository's prettier config, so the pipeline can read and write it freely.
 */
export function fixtureRoot(name = "mini"): string {
  const root = mkdtempSync(join(tmpdir(), `chimekit-${name}-`));
  created.push(root);
  cpSync(join(FIXTURES, name, "model"), join(root, "model"), { recursive: true });
  cpSync(join(REPOSITORY, ".prettierrc.json"), join(root, ".prettierrc.json"));
  return root;
}

export function removeFixtureRoots(): void {
  for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Edits one shape in whichever model file defines it (the callback may also replace it by returning one). */
export function editShape(
  root: string,
  id: string,
  edit: (shape: LooseShape) => LooseShape | void,
): void {
  for (const file of readdirSync(join(root, "model"))) {
    const path = join(root, "model", file);
    const model = JSON.parse(readFileSync(path, "utf8"));
    if (model.shapes[id] === undefined) continue;
    model.shapes[id] = edit(model.shapes[id]) ?? model.shapes[id];
    writeFileSync(path, `${JSON.stringify(model, null, 2)}\n`);
    return;
  }
  throw new Error(`fixture: no model file defines ${id}`);
}

/** Adds shapes to a model file (created when missing). */
export function addShapes(root: string, file: string, shapes: Record<string, LooseShape>): void {
  const path = join(root, "model", file);
  const model: { smithy: string; shapes: Record<string, LooseShape> } = existsSync(path)
    ? JSON.parse(readFileSync(path, "utf8"))
    : { smithy: "2.0", shapes: {} };
  Object.assign(model.shapes, shapes);
  writeFileSync(path, `${JSON.stringify(model, null, 2)}\n`);
}

export const NS = "com.amazonaws.chime#";
