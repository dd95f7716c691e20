import type { Emitter } from "../../emit/emitter.ts";

export const serverEmitter: Emitter = {
  name: "server",
  outputDirs: ["packages/server/src/generated"],
  emit: () => [],
};
