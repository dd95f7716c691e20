import { clientEmitter } from "../emitters/client/index.ts";
import { docsEmitter } from "../emitters/docs/index.ts";
import { mocksEmitter } from "../emitters/mocks/index.ts";
import { readmeEmitter } from "../emitters/readme/index.ts";
import { serverEmitter } from "../emitters/server/index.ts";
import { typesEmitter } from "../emitters/types/index.ts";
import type { BuildEmitter, Emitter } from "./emitter.ts";

/**
 * The emitters of committed source, in the order `pnpm generate` runs them:
 * one per generated package, then the packages' READMEs.
 */
export const emitters: readonly Emitter[] = [
  typesEmitter,
  clientEmitter,
  serverEmitter,
  mocksEmitter,
  readmeEmitter,
];

/** The emitters whose output a package's build renders into its `dist/`. */
export const buildEmitters: readonly BuildEmitter[] = [docsEmitter];

/** The build emitter registered as `name`; throws, naming the registered ones, when there is none. */
export function buildEmitterNamed(name: string): BuildEmitter {
  const emitter = buildEmitters.find((candidate) => candidate.name === name);
  if (emitter === undefined) {
    const known = buildEmitters.map((candidate) => candidate.name).join(", ");
    throw new Error(`no build emitter is registered as "${name}" (registered: ${known})`);
  }
  return emitter;
}
