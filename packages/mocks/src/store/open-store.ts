import { MemoryStore } from "./memory-store.js";
import type { SqliteDriverChoice } from "./sqlite/driver.js";
import { SqliteStore, type SqliteSynchronous } from "./sqlite-store.js";
import type { Store } from "./store.js";

/**
 * Which store keeps the emulator's state. A new kind of store is one more
 * member of this union and one more case below; nothing above the store
 * changes.
 */
export type StoreConfig =
  | { kind: "memory" }
  | {
      kind: "sqlite";
      file: string;
      synchronous?: SqliteSynchronous;
      driver?: SqliteDriverChoice;
    };

export async function openStore(config: StoreConfig = { kind: "memory" }): Promise<Store> {
  switch (config.kind) {
    case "memory":
      return new MemoryStore();
    case "sqlite":
      return SqliteStore.open(config);
  }
}
