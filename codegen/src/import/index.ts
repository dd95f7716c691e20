import { mkdir, readFile, writeFile, rename } from "node:fs/promises";
import path from "node:path";
import { buildModel } from "./build/model.ts";
import { renderCorrections } from "./corrections/markdown.ts";
import { readReference } from "./parse/reference.ts";
import { locateReference, REFERENCE_SETTING, REPO_ROOT } from "./reference-file.ts";
import { ReferenceParseError } from "./reference/source.ts";
import { serializeModel, splitModel } from "./write/model-files.ts";

interface ImportOptions {
  reference: string;
  out: string;
}

function parseArgs(args: readonly string[]): ImportOptions {
  const options: ImportOptions = {
    reference: locateReference().path,
    out: path.resolve(REPO_ROOT, "model"),
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = args[i + 1];
    if ((arg === "--reference" || arg === "--out") && value === undefined) {
      throw new Error(`${arg} needs a path`);
    }
    if (arg === "--reference") options.reference = path.resolve(value);
    else if (arg === "--out") options.out = path.resolve(value);
    else throw new Error(`unknown argument "${arg}" (expected --reference PATH, --out DIR)`);
    i++;
  }
  return options;
}

/** Writes a file through a temporary sibling, so a reader never sees half a model file. */
async function writeAtomically(file: string, contents: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, contents, "utf8");
  await rename(temporary, file);
}

/**
 * `chimekit import [--reference PATH] [--out DIR]`: reads the API reference text (default: where
 * `locateReference` finds it), repairs its conversion damage, and writes the Smithy model files and
 * CORRECTIONS.md into DIR (default `model/`).
 */
export async function importCommand(args: string[]): Promise<number> {
  let options: ImportOptions;
  try {
    options = parseArgs(args);
  } catch (error) {
    console.error(`import: ${(error as Error).message}`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(options.reference, "utf8");
  } catch (error) {
    console.error(
      `import: cannot read the reference ${options.reference}: ${(error as Error).message} ` +
        `(pass --reference PATH or set ${REFERENCE_SETTING})`,
    );
    return 1;
  }
  try {
    const { reference, log } = readReference(text);
    const model = buildModel(reference, log);
    const corrections = log.list();
    await mkdir(options.out, { recursive: true });
    const files = splitModel(model);
    for (const [name, part] of files) {
      await writeAtomically(path.join(options.out, name), serializeModel(part));
    }
    await writeAtomically(path.join(options.out, "CORRECTIONS.md"), renderCorrections(corrections));
    console.log(
      `import: ${reference.operations.length} operations, ${reference.dataTypes.length} data types, ` +
        `${Object.keys(model.shapes).length} shapes, ${corrections.length} corrections -> ${path.relative(process.cwd(), options.out) || "."}`,
    );
    return 0;
  } catch (error) {
    const where =
      error instanceof ReferenceParseError ? ` (${options.reference}:${error.line})` : "";
    console.error(`import: ${(error as Error).message}${where}`);
    return 1;
  }
}
