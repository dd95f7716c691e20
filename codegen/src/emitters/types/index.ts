import type { Emitter } from "../../emit/emitter.ts";

export const typesEmitter: Emitter = {
  name: "types",
  outputDirs: ["packages/types/src"],
  emit: () => [],
};
