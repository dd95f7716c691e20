import type { Emitter } from "../../emit/emitter.ts";

export const mocksEmitter: Emitter = {
  name: "mocks",
  outputDirs: ["packages/mocks/src/generated"],
  emit: () => [],
};
