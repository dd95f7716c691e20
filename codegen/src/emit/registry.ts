import { clientEmitter } from "../emitters/client/index.ts";
import { docsEmitter } from "../emitters/docs/index.ts";
import { mocksEmitter } from "../emitters/mocks/index.ts";
import { readmeEmitter } from "../emitters/readme/index.ts";
import { serverEmitter } from "../emitters/server/index.ts";
import { typesEmitter } from "../emitters/types/index.ts";
import type { Emitter } from "./emitter.ts";

/** Every emitter, in the order they run. One per generated package, then the packages' READMEs. */
export const emitters: readonly Emitter[] = [
  typesEmitter,
  clientEmitter,
  serverEmitter,
  mocksEmitter,
  docsEmitter,
  readmeEmitter,
];
