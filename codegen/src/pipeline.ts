import { join } from "node:path";
import type { Emitter, GeneratedFile } from "./emit/emitter.ts";
import { buildEmitterNamed, emitters as registeredEmitters } from "./emit/registry.ts";
import { buildIr } from "./ir/build.ts";
import type { ModelIr } from "./ir/types.ts";
import { loadModel } from "./model/load.ts";
import { validateModel } from "./model/validate.ts";
import { compareWithDisk, type Drift } from "./write/check.ts";
import { startFormatting } from "./write/format.ts";
import { planOutputs, type OutputPlan } from "./write/outputs.ts";
import { writeOutputs } from "./write/write.ts";

export interface PipelineOptions {
  /** The repository root: `model/` is read from it and outputs are written under it. */
  root: string;
  /** `write` replaces stale output folders and owned files; `check` only compares. */
  mode: "write" | "check";
  /** Defaults to every registered emitter. */
  emitters?: readonly Emitter[];
  /** The format cache's folder (default under `node_modules/.cache`), or false for none. */
  cacheDir?: string | false;
}

export interface PipelineResult {
  outputs: OutputPlan;
  /** How the disk differed from the generated files before the run. */
  drift: Drift;
  /** Output folders that were replaced and owned files that were rewritten or removed (write mode only). */
  written: string[];
}

/** Loads, validates and resolves the model in `root/model` into the IR. Throws a ModelError on a bad model. */
export function loadIr(root: string): ModelIr {
  const loaded = loadModel(join(root, "model"), root);
  validateModel(loaded);
  return buildIr(loaded.model, loaded.sources);
}

/**
 * The files that the build emitter `name` renders from the model in
 * `root/model`, with paths relative to its package's `dist/`; neither
 * formatted nor written. Throws a ModelError on a bad model.
 */
export function renderBuildOutput(root: string, name: string): GeneratedFile[] {
  const emitter = buildEmitterNamed(name);
  return emitter.emit(loadIr(root));
}

/**
 * Runs every emitter on the IR and formats what they produce, all in memory.
 * Each emitter's files go to the formatter as soon as it returns them, so
 * formatting overlaps the emitters that follow.
 */
export async function generate(
  root: string,
  ir: ModelIr,
  emitters: readonly Emitter[],
  cacheDir?: string | false,
): Promise<OutputPlan> {
  const formatting = startFormatting(root, cacheDir === undefined ? {} : { cacheDir });
  try {
    const emitted: { emitter: Emitter; files: GeneratedFile[] }[] = [];
    for (const emitter of emitters) {
      const files = emitter.emit(ir);
      emitted.push({ emitter, files });
      await formatting.add(files);
    }
    const formatted = await formatting.finish();
    let next = 0;
    return planOutputs(
      emitted.map(({ emitter, files }) => ({
        emitter,
        files: formatted.slice(next, (next += files.length)),
      })),
    );
  } finally {
    formatting.close();
  }
}

/** loadModel -> validateModel -> buildIr -> emit -> format -> write | check. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const ir = loadIr(options.root);
  const outputs = await generate(
    options.root,
    ir,
    options.emitters ?? registeredEmitters,
    options.cacheDir,
  );
  const drift = compareWithDisk(options.root, outputs);
  const written = options.mode === "write" ? writeOutputs(options.root, outputs) : [];
  return { outputs, drift, written };
}
