import type { Emitter } from "../../emit/emitter.ts";
import { aggregatedFile } from "./aggregated-file.ts";
import { clientFile } from "./client-file.ts";
import { commandFile } from "./command-file.ts";
import { errorsFile } from "./errors-file.ts";
import { indexFile } from "./index-file.ts";
import { paginatorFile } from "./paginator-file.ts";
import { schemasFile } from "./schemas-file.ts";
import { protocolCasesFile } from "./test-data/protocol-cases-file.ts";
import { samplesFile } from "./test-data/samples-file.ts";

/**
 * `@chimekit/client`'s generated half (`packages/client/src/generated/`):
 * commands with their operation schemas, structure schemas, errors,
 * paginators, the client, the aggregated client and the entry point (which
 * re-exports the model types and enum objects of `@chimekit/types`). The
 * serde, signing, retry and configuration code they use is hand-written in
 * `packages/client/src/runtime/`. Test data derived from the model (protocol
 * test cases, one complete sample per operation) goes to
 * `packages/client/test/generated/`.
 */
export const clientEmitter: Emitter = {
  name: "client",
  outputDirs: ["packages/client/src/generated", "packages/client/test/generated"],
  emit: (ir) => [
    clientFile(ir),
    aggregatedFile(ir),
    ...ir.operations.map((operation) => commandFile(ir, operation)),
    ...ir.operations.flatMap((operation) =>
      operation.paginated ? [paginatorFile(ir, operation, operation.paginated)] : [],
    ),
    schemasFile(ir),
    errorsFile(ir),
    indexFile(ir),
    protocolCasesFile(ir),
    samplesFile(ir),
  ],
};
