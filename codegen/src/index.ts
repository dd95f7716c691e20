export type { BuildEmitter, Emitter, GeneratedFile } from "./emit/emitter.ts";
export { buildEmitterNamed, buildEmitters, emitters } from "./emit/registry.ts";
export { buildIr } from "./ir/build.ts";
export { PUBLIC_PACKAGES } from "./diff/release.ts";
export type * from "./ir/types.ts";
export { loadModel, ModelError, type LoadedModel } from "./model/load.ts";
export type { SmithyModel } from "./model/smithy-ast.ts";
export { generatedHeader } from "./naming.ts";
export { validateModel } from "./model/validate.ts";
export { cliOptionName, commandName, kebabName } from "./naming.ts";
export {
  generate,
  loadIr,
  renderBuildOutput,
  runPipeline,
  type PipelineOptions,
  type PipelineResult,
} from "./pipeline.ts";
export type { Drift } from "./write/check.ts";
export {
  formatFiles,
  startFormatting,
  type FormatOptions,
  type FormatSession,
} from "./write/format.ts";
