import type { Emitter, GeneratedFile } from "../../emit/emitter.ts";
import type { ModelIr } from "../../ir/types.ts";
import { SampleMaker } from "../shared/sample-values.ts";
import { emitErrorClasses } from "./error-classes.ts";
import { emitHandlerFactories } from "./handler-factories.ts";
import { emitIndexFile } from "./index-file.ts";
import { emitSchemaFiles } from "./schema-files.ts";
import { emitServiceInterface } from "./service-interface.ts";
import { emitConformanceTests } from "./tests/conformance-tests.ts";
import { emitOperationTests } from "./tests/operation-tests.ts";
import { emitProtocolTests } from "./tests/protocol-tests.ts";
import { WireWriter } from "./tests/wire.ts";

/**
 * `@chimekit/server`'s generated part: the data description the hand-written
 * runtime is driven by (`schema/`), the `ChimeService` interface, one error
 * class per error shape, the handler factories bound to them, the package
 * index; and the tests derived from the model (`test/generated/`): one per
 * operation, the constraint conformance cases and the model's protocol tests.
 */
export const serverEmitter: Emitter = {
  name: "server",
  outputDirs: ["packages/server/src/generated", "packages/server/test/generated"],
  emit: (ir: ModelIr): GeneratedFile[] => {
    const samples = new SampleMaker(ir, "test");
    const wire = new WireWriter(ir);
    return [
      ...emitSchemaFiles(ir),
      emitServiceInterface(ir),
      emitErrorClasses(ir),
      emitHandlerFactories(ir),
      emitIndexFile(ir),
      emitOperationTests(ir, samples, wire),
      emitConformanceTests(ir, samples, wire).file,
      ...emitProtocolTests(ir, samples, wire),
    ];
  },
};
