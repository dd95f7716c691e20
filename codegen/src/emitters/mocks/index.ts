import type { Emitter } from "../../emit/emitter.ts";
import { listOperationTable } from "./list-operation-table.ts";
import { operationTable } from "./operation-table.ts";
import { resourceTable } from "./resource-table.ts";

/**
 * The tables the emulator in `@chimekit/mocks` reads instead of the model:
 * operations, paginated operations and resources. Its behaviour is
 * hand-written in `packages/mocks/src/emulator/`.
 */
export const mocksEmitter: Emitter = {
  name: "mocks",
  outputDirs: ["packages/mocks/src/generated"],
  emit: (ir) => [operationTable(ir), listOperationTable(ir), resourceTable(ir)],
};
