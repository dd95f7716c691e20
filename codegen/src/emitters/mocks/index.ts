import type { Emitter } from "../../emit/emitter.ts";
import { fixtureFactories } from "./fixture-factories.ts";
import { fixtureFactoryTests } from "./fixture-factory-tests.ts";
import { listOperationTable } from "./list-operation-table.ts";
import { operationTable } from "./operation-table.ts";
import { resourceTable } from "./resource-table.ts";

/**
 * The tables the emulator in `@chimekit/mocks` reads instead of the model:
 * operations, paginated operations and resources. Its behaviour is
 * hand-written in `packages/mocks/src/emulator/`. Also the fixture factories
 * (`fake.user()`), which read the structures from `@chimekit/server`'s schema,
 * and a test per structure that its factory's output passes the server's validation.
 */
export const mocksEmitter: Emitter = {
  name: "mocks",
  outputDirs: ["packages/mocks/src/generated", "packages/mocks/test/generated"],
  emit: (ir) => [
    operationTable(ir),
    listOperationTable(ir),
    resourceTable(ir),
    fixtureFactories(ir),
    fixtureFactoryTests(ir),
  ],
};
