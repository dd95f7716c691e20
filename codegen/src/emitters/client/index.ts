import type { Emitter } from "../../emit/emitter.ts";

export const clientEmitter: Emitter = {
  name: "client",
  outputDirs: ["packages/client/src/generated"],
  emit: () => [],
};
