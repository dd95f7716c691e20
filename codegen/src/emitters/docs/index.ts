import type { Emitter } from "../../emit/emitter.ts";

export const docsEmitter: Emitter = {
  name: "docs",
  outputDirs: ["packages/docs/src/generated"],
  emit: () => [],
};
