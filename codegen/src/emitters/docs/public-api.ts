/**
 * The parts of the docs emitter that the docs package's tests check on their own, beside the site
 * it renders: example values and calls, constraint lists and documentation HTML. The docs package
 * reaches them as `@chimekit/codegen/docs-emitter`, a declared export, never by a path into
 * codegen's folders.
 */
export { docsEmitter } from "./index.ts";
export { documentationHtml } from "./documentation.ts";
export { cliExample, shellWord } from "./examples/cli-example.ts";
export { violations } from "./examples/constraint-check.ts";
export { sampleInput, type SampleEntry } from "./examples/sample-input.ts";
export { typescriptExample } from "./examples/typescript-example.ts";
export { structureNamed } from "../shared/ir-lookup.ts";
export { describeConstraints } from "./view/constraints.ts";
